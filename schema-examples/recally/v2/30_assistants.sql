-- recally: AI assistants, their chat threads, messages and attachments.
-- Embeddings are real[] (1536 floats): the original pgvector column is not
-- available on a stock PostgreSQL; similarity is computed by the application.

CREATE TABLE assistants (
    id            serial PRIMARY KEY,
    uuid          uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id       uuid REFERENCES users (uuid) ON DELETE CASCADE,
    name          varchar(255) NOT NULL,
    description   text,
    system_prompt text,
    model         varchar(64) NOT NULL,
    metadata      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_assistants_user_created_at ON assistants (user_id, created_at);

CREATE TRIGGER update_assistants_updated_at
    BEFORE UPDATE ON assistants
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE assistant_threads (
    id            serial PRIMARY KEY,
    uuid          uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id       uuid REFERENCES users (uuid) ON DELETE CASCADE,
    assistant_id  uuid REFERENCES assistants (uuid) ON DELETE CASCADE,
    name          varchar(255) NOT NULL,
    description   text,
    system_prompt text,
    model         varchar(64) NOT NULL,
    metadata      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_assistant_threads_user_assistant_created_at
    ON assistant_threads (user_id, assistant_id, created_at);
CREATE INDEX idx_assistant_threads_assistant_created_at ON assistant_threads (assistant_id, created_at);

CREATE TRIGGER update_assistant_threads_updated_at
    BEFORE UPDATE ON assistant_threads
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE assistant_messages (
    id                serial PRIMARY KEY,
    uuid              uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id           uuid REFERENCES users (uuid) ON DELETE CASCADE,
    assistant_id      uuid REFERENCES assistants (uuid) ON DELETE CASCADE,
    thread_id         uuid REFERENCES assistant_threads (uuid) ON DELETE CASCADE,
    model             varchar(64),
    role              varchar(32) NOT NULL,
    text              text,
    prompt_tokens     integer,
    completion_tokens integer,
    embeddings        real[],
    metadata          jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT assistant_messages_role_check CHECK (role IN ('system', 'user', 'assistant', 'tool')),
    CONSTRAINT assistant_messages_embeddings_dim CHECK (embeddings IS NULL OR cardinality(embeddings) = 1536)
);

CREATE INDEX idx_assistant_messages_user_created_at ON assistant_messages (user_id, created_at);
CREATE INDEX idx_assistant_messages_assistant_created_at ON assistant_messages (assistant_id, created_at);
CREATE INDEX idx_assistant_messages_thread_created_at ON assistant_messages (thread_id, created_at);

CREATE TRIGGER update_assistant_messages_updated_at
    BEFORE UPDATE ON assistant_messages
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE assistant_attachments (
    id           serial PRIMARY KEY,
    uuid         uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id      uuid REFERENCES users (uuid) ON DELETE CASCADE,
    assistant_id uuid REFERENCES assistants (uuid) ON DELETE CASCADE,
    thread_id    uuid REFERENCES assistant_threads (uuid) ON DELETE CASCADE,
    name         varchar(255),
    type         varchar(255),
    url          varchar(1024),
    size         bigint,
    metadata     jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_assistant_attachments_user_created_at ON assistant_attachments (user_id, created_at);
CREATE INDEX idx_assistant_attachments_assistant_created_at ON assistant_attachments (assistant_id, created_at);
CREATE INDEX idx_assistant_attachments_thread_created_at ON assistant_attachments (thread_id, created_at);

CREATE TRIGGER update_assistant_attachments_updated_at
    BEFORE UPDATE ON assistant_attachments
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

-- The table name's three d's are historical and kept on purpose.
CREATE TABLE assistant_embedddings (
    id            serial PRIMARY KEY,
    uuid          uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    user_id       uuid REFERENCES users (uuid) ON DELETE CASCADE,
    attachment_id uuid REFERENCES assistant_attachments (uuid) ON DELETE CASCADE,
    text          text NOT NULL,
    embeddings    real[],
    metadata      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT assistant_embedddings_embeddings_dim CHECK (embeddings IS NULL OR cardinality(embeddings) = 1536)
);

CREATE INDEX idx_assistant_embedddings_user ON assistant_embedddings (user_id);
CREATE INDEX idx_assistant_embedddings_attachment ON assistant_embedddings (attachment_id);
CREATE INDEX idx_assistant_embedddings_metadata ON assistant_embedddings USING gin (metadata);

CREATE TRIGGER update_assistant_embedddings_updated_at
    BEFORE UPDATE ON assistant_embedddings
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

COMMENT ON TABLE assistant_embedddings IS 'Chunks of attachments with their embedding vectors.';
COMMENT ON COLUMN assistant_embedddings.embeddings IS 'text-embedding-3-small output, 1536 dimensions.';
