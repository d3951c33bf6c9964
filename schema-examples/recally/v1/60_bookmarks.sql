-- recally: bookmarks. A page is fetched once (bookmark_content, shared by all
-- users who saved the same URL); each user's save is a row in bookmarks.

CREATE TABLE bookmark_content (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    type          varchar(50) NOT NULL,
    url           text NOT NULL,
    user_id       uuid REFERENCES users (uuid) ON DELETE SET NULL,
    title         text,
    description   text,
    domain        varchar(255),
    s3_key        text,
    summary       text,
    content       text,
    html          text,
    tags          varchar(50)[] NOT NULL DEFAULT '{}',
    metadata      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(content, '')), 'C')
    ) STORED,
    CONSTRAINT bookmark_content_type_check CHECK (type IN ('bookmark', 'pdf', 'epub', 'image', 'podcast', 'video'))
);

CREATE UNIQUE INDEX bookmark_content_url_user_id_key ON bookmark_content (url, user_id);
CREATE INDEX idx_bookmark_content_type ON bookmark_content (type);
CREATE INDEX idx_bookmark_content_domain ON bookmark_content (domain);
CREATE INDEX idx_bookmark_content_created_at ON bookmark_content (created_at);
CREATE INDEX idx_bookmark_content_tags ON bookmark_content USING gin (tags);
CREATE INDEX idx_bookmark_content_metadata ON bookmark_content USING gin (metadata);
-- Replaces the ParadeDB bm25 index of the original deployment.
CREATE INDEX idx_bookmark_content_search ON bookmark_content USING gin (search_vector);

CREATE TRIGGER update_bookmark_content_updated_at
    BEFORE UPDATE ON bookmark_content
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE bookmarks (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    content_id  uuid NOT NULL REFERENCES bookmark_content (id) ON DELETE CASCADE,
    is_favorite boolean NOT NULL DEFAULT false,
    is_archive  boolean NOT NULL DEFAULT false,
    is_public   boolean NOT NULL DEFAULT false,
    metadata    jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT bookmarks_user_id_content_id_key UNIQUE (user_id, content_id)
);

CREATE INDEX idx_bookmarks_user_created_at ON bookmarks (user_id, created_at DESC);
CREATE INDEX idx_bookmarks_content_id ON bookmarks (content_id);
CREATE INDEX idx_bookmarks_favorite ON bookmarks (user_id) WHERE is_favorite;
CREATE INDEX idx_bookmarks_archive ON bookmarks (user_id) WHERE is_archive;
CREATE INDEX idx_bookmarks_metadata ON bookmarks USING gin (metadata);

CREATE TRIGGER update_bookmarks_updated_at
    BEFORE UPDATE ON bookmarks
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE bookmark_tags (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       varchar(50) NOT NULL,
    user_id    uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX bookmark_tags_user_id_name_key ON bookmark_tags (user_id, lower(name));
CREATE INDEX idx_bookmark_tags_name ON bookmark_tags (name);

CREATE TRIGGER update_bookmark_tags_updated_at
    BEFORE UPDATE ON bookmark_tags
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE bookmark_tags_mapping (
    bookmark_id uuid NOT NULL REFERENCES bookmarks (id) ON DELETE CASCADE,
    tag_id      uuid NOT NULL REFERENCES bookmark_tags (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (bookmark_id, tag_id)
);

CREATE INDEX idx_bookmark_tags_mapping_tag_id ON bookmark_tags_mapping (tag_id);

CREATE TABLE bookmark_share (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    bookmark_id uuid REFERENCES bookmarks (id) ON DELETE CASCADE,
    expires_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX bookmark_share_user_id_bookmark_id_key ON bookmark_share (user_id, bookmark_id);
CREATE INDEX idx_bookmark_share_bookmark_id ON bookmark_share (bookmark_id);
CREATE INDEX idx_bookmark_share_expires_at ON bookmark_share (expires_at) WHERE expires_at IS NOT NULL;

CREATE TRIGGER update_bookmark_share_updated_at
    BEFORE UPDATE ON bookmark_share
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

COMMENT ON TABLE bookmark_content IS 'Fetched page or document, shared by every user who saved the same URL.';
COMMENT ON COLUMN bookmark_content.search_vector IS 'Weighted full-text document: title A, description and summary B, body C.';
COMMENT ON TABLE bookmarks IS 'One user''s save of a bookmark_content row.';
