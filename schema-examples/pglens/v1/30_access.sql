-- pglens: who may use which database, and for how long.

CREATE TABLE access_grants (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    database_id integer NOT NULL REFERENCES databases (id) ON DELETE CASCADE,
    level       access_level NOT NULL DEFAULT 'read',
    granted_by  bigint REFERENCES users (id) ON DELETE SET NULL,
    reason      text,
    starts_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT access_grants_window_check CHECK (expires_at IS NULL OR expires_at > starts_at)
);

CREATE INDEX access_grants_user_id_idx ON access_grants (user_id);
CREATE INDEX access_grants_database_id_idx ON access_grants (database_id);

COMMENT ON TABLE access_grants IS 'Time-boxed grants of a user to a database; a grant is never deleted, only revoked.';
