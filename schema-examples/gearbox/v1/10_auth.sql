-- gearbox: accounts, browser sessions and API keys.
-- Timestamps are still unix epoch seconds, as they were in SQLite.

CREATE TABLE users (
    id            serial PRIMARY KEY,
    username      text NOT NULL,
    password_hash text NOT NULL,
    is_admin      boolean NOT NULL DEFAULT false,
    created_at    bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at    bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE UNIQUE INDEX users_username_lower_idx ON users (lower(username));

CREATE TABLE sessions (
    id         text PRIMARY KEY,
    user_id    integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at bigint NOT NULL,
    created_at bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX sessions_user_id_idx ON sessions (user_id);

CREATE TABLE api_keys (
    id           serial PRIMARY KEY,
    user_id      integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL,
    key_prefix   text NOT NULL,
    key_hash     text NOT NULL UNIQUE,
    last_used_at bigint,
    created_at   bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX api_keys_user_id_idx ON api_keys (user_id);

COMMENT ON COLUMN sessions.id IS 'Random session token (base32), as issued by the auth library.';
