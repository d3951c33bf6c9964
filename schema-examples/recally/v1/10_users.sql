-- recally: key/value cache and user accounts.

CREATE TABLE cache (
    id         serial PRIMARY KEY,
    domain     varchar(255) NOT NULL,
    key        text NOT NULL,
    value      jsonb NOT NULL,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX uni_cache_domain_key ON cache (domain, key);
CREATE INDEX idx_cache_expires_at ON cache (expires_at) WHERE expires_at IS NOT NULL;

CREATE TRIGGER update_cache_updated_at
    BEFORE UPDATE ON cache
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE users (
    id                  serial PRIMARY KEY,
    uuid                uuid NOT NULL DEFAULT gen_random_uuid(),
    username            varchar(255),
    email               varchar(255),
    phone               varchar(50),
    password_hash       text,
    status              varchar(32) NOT NULL DEFAULT 'pending',
    active_assistant_id uuid,
    active_thread_id    uuid,
    settings            jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at          timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT users_uuid_key UNIQUE (uuid),
    CONSTRAINT users_contact_check CHECK (email IS NOT NULL OR phone IS NOT NULL OR username IS NOT NULL),
    CONSTRAINT users_email_check CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
    CONSTRAINT users_status_check CHECK (status IN ('pending', 'active', 'disabled'))
);

CREATE UNIQUE INDEX idx_users_email ON users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX idx_users_username ON users (username) WHERE username IS NOT NULL;
CREATE UNIQUE INDEX idx_users_phone ON users (phone) WHERE phone IS NOT NULL;

CREATE TRIGGER update_users_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

COMMENT ON TABLE cache IS 'Short-lived cache of fetched pages and LLM answers, keyed by (domain, key).';
COMMENT ON COLUMN users.uuid IS 'Public identifier; every other table references users by uuid.';
