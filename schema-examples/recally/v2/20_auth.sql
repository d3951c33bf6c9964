-- recally: OAuth logins, API keys and revoked JWTs.

CREATE TABLE auth_user_oauth_connections (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    provider         varchar(50) NOT NULL,
    provider_user_id varchar(255) NOT NULL,
    provider_email   varchar(255),
    access_token     text,
    refresh_token    text,
    token_expires_at timestamptz,
    provider_data    jsonb,
    created_at       timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_oauth_connection UNIQUE (provider, provider_user_id)
);

CREATE INDEX idx_oauth_user_id ON auth_user_oauth_connections (user_id);
CREATE INDEX idx_oauth_token_expiry ON auth_user_oauth_connections (token_expires_at)
    WHERE token_expires_at IS NOT NULL;

CREATE TRIGGER update_auth_user_oauth_connections_updated_at
    BEFORE UPDATE ON auth_user_oauth_connections
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE auth_api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    name         varchar(255) NOT NULL,
    key_prefix   varchar(8) NOT NULL,
    key_hash     varchar(255) NOT NULL,
    scopes       text[] NOT NULL DEFAULT '{}',
    expires_at   timestamptz,
    last_used_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_key_expiry CHECK (expires_at IS NULL OR expires_at > created_at)
);

CREATE UNIQUE INDEX uq_user_key_name ON auth_api_keys (user_id, name);
CREATE UNIQUE INDEX uq_auth_api_keys_hash ON auth_api_keys (key_hash);
CREATE INDEX idx_auth_api_keys_prefix ON auth_api_keys (key_prefix);
CREATE INDEX idx_auth_api_keys_expiry ON auth_api_keys (expires_at) WHERE expires_at IS NOT NULL;

CREATE TRIGGER update_auth_api_keys_updated_at
    BEFORE UPDATE ON auth_api_keys
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE auth_revoked_tokens (
    jti        uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reason     varchar(100),
    CONSTRAINT ck_token_revocation CHECK (expires_at > revoked_at)
);

CREATE INDEX idx_auth_revoked_tokens_expiry ON auth_revoked_tokens (expires_at);
CREATE INDEX idx_auth_revoked_tokens_user ON auth_revoked_tokens (user_id);

COMMENT ON TABLE auth_revoked_tokens IS 'JWT deny-list; rows are purged once expires_at has passed.';
