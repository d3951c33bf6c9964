-- gearbox: OAuth 2.1 authorization server for the mobile app and MCP clients.

CREATE TABLE oauth_clients (
    id                 serial PRIMARY KEY,
    client_id          text NOT NULL UNIQUE,
    client_secret_hash text,
    name               text NOT NULL,
    redirect_uris      text[] NOT NULL DEFAULT '{}',
    is_public          boolean NOT NULL DEFAULT true,
    created_at         bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    CONSTRAINT oauth_clients_secret_check CHECK (is_public OR client_secret_hash IS NOT NULL)
);

CREATE TABLE oauth_codes (
    id                    serial PRIMARY KEY,
    code_hash             text NOT NULL UNIQUE,
    client_id             integer NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id               integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    redirect_uri          text NOT NULL,
    scope                 text NOT NULL DEFAULT '',
    code_challenge        text NOT NULL,
    code_challenge_method text NOT NULL DEFAULT 'S256'
        CHECK (code_challenge_method IN ('S256', 'plain')),
    used                  boolean NOT NULL DEFAULT false,
    expires_at            bigint NOT NULL,
    created_at            bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE TABLE oauth_tokens (
    id                 serial PRIMARY KEY,
    access_token_hash  text NOT NULL UNIQUE,
    refresh_token_hash text UNIQUE,
    client_id          integer NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id            integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scope              text NOT NULL DEFAULT '',
    expires_at         bigint NOT NULL,
    revoked_at         bigint,
    created_at         bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX oauth_tokens_user_id_idx ON oauth_tokens (user_id);
CREATE INDEX oauth_tokens_client_id_idx ON oauth_tokens (client_id);

COMMENT ON COLUMN oauth_codes.used IS 'Authorization codes are single-use (0/1 integer in the SQLite version).';
