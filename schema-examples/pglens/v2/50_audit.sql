-- pglens: append-only audit trail of administrative actions.
-- Partitioned by month so that old months can be detached and archived.
-- The primary key must contain the partition key.

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint REFERENCES users (id) ON DELETE SET NULL,
    action      text NOT NULL,
    target_type text NOT NULL,
    target_id   bigint,
    client_addr inet,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE audit_log_2026_10 PARTITION OF audit_log
    FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');
CREATE TABLE audit_log_2026_11 PARTITION OF audit_log
    FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');
CREATE TABLE audit_log_2026_12 PARTITION OF audit_log
    FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE audit_log_2027_01 PARTITION OF audit_log
    FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;

-- Indexes on the parent cascade to every partition.
CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_actor_id_occurred_at_idx ON audit_log (actor_id, occurred_at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

COMMENT ON TABLE audit_log IS 'Who did what and when: logins, grants, revocations, database changes.';
COMMENT ON TABLE audit_log_default IS 'Catches rows outside the monthly partitions; should stay empty.';
