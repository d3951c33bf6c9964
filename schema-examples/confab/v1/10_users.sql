-- confab: accounts and how they authenticate.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         citext NOT NULL UNIQUE,
    name          text,
    avatar_url    text,
    github_login  text,
    status        text NOT NULL DEFAULT 'active',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz,
    CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended', 'deleted'))
);

CREATE UNIQUE INDEX users_github_login_key ON users (github_login) WHERE github_login IS NOT NULL;

-- Browser sessions; the id is the SHA-256 of the cookie value.
CREATE TABLE web_sessions (
    id           text PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_agent   text,
    ip_address   inet,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);

CREATE INDEX web_sessions_user_id_idx ON web_sessions (user_id);
CREATE INDEX web_sessions_expires_at_idx ON web_sessions (expires_at);

-- Keys used by the CLI uploader.
CREATE TABLE api_keys (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL,
    key_prefix   char(8) NOT NULL,
    key_hash     bytea NOT NULL UNIQUE,
    scopes       text[] NOT NULL DEFAULT ARRAY['sessions:write']::text[],
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT api_keys_user_id_name_key UNIQUE (user_id, name)
);

COMMENT ON TABLE api_keys IS 'Only the hash of a key is stored; the prefix is shown in the UI.';
COMMENT ON COLUMN api_keys.revoked_at IS 'Keys are revoked, never deleted, so that history keeps its uploader.';
