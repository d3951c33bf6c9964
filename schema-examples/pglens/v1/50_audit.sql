-- pglens: append-only audit trail of administrative actions.

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint REFERENCES users (id) ON DELETE SET NULL,
    action      text NOT NULL,
    target_type text NOT NULL,
    target_id   bigint,
    client_addr inet,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_actor_id_occurred_at_idx ON audit_log (actor_id, occurred_at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

COMMENT ON TABLE audit_log IS 'Who did what and when: logins, grants, revocations, database changes.';
