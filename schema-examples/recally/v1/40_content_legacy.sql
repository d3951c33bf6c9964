-- recally: the legacy content system, superseded by the bookmark_* tables.
-- Kept read-only while the data is migrated.

CREATE TABLE content (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    type        varchar(50) NOT NULL,
    title       text NOT NULL,
    description text,
    url         text,
    domain      text,
    s3_key      text,
    summary     text,
    content     text,
    html        text,
    metadata    jsonb DEFAULT '{}'::jsonb,
    is_favorite boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_content_user_id ON content (user_id);
CREATE INDEX idx_content_type ON content (type);
CREATE INDEX idx_content_url ON content (url);
CREATE INDEX idx_content_domain ON content (domain);
CREATE INDEX idx_content_created_at ON content (created_at);
CREATE INDEX idx_content_metadata ON content USING gin (metadata);
CREATE INDEX idx_content_fts ON content
    USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(content, '')));

CREATE TRIGGER update_content_updated_at
    BEFORE UPDATE ON content
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE content_tags (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        varchar(50) NOT NULL,
    user_id     uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    usage_count integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (name, user_id)
);

CREATE INDEX idx_content_tags_user_id ON content_tags (user_id);

CREATE TRIGGER update_content_tags_updated_at
    BEFORE UPDATE ON content_tags
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE content_tags_mapping (
    content_id uuid NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    tag_id     uuid NOT NULL REFERENCES content_tags (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (content_id, tag_id)
);

CREATE INDEX idx_content_tags_mapping_tag_id ON content_tags_mapping (tag_id);

CREATE TABLE content_folders (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    name       varchar(100) NOT NULL,
    parent_id  uuid REFERENCES content_folders (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT content_folders_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
);

CREATE INDEX idx_content_folders_user_id ON content_folders (user_id);
CREATE INDEX idx_content_folders_parent_id ON content_folders (parent_id);

CREATE TRIGGER update_content_folders_updated_at
    BEFORE UPDATE ON content_folders
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE content_folders_mapping (
    content_id uuid NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    folder_id  uuid NOT NULL REFERENCES content_folders (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (content_id, folder_id)
);

CREATE INDEX idx_content_folders_mapping_folder_id ON content_folders_mapping (folder_id);

CREATE TABLE content_share (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    content_id uuid REFERENCES content (id) ON DELETE CASCADE,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX content_share_user_id_idx ON content_share (user_id);
CREATE INDEX content_share_content_id_idx ON content_share (content_id);

CREATE TRIGGER update_content_share_updated_at
    BEFORE UPDATE ON content_share
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

COMMENT ON TABLE content IS 'Legacy: one row per saved item and user. Replaced by bookmark_content + bookmarks.';
