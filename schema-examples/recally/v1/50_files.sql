-- recally: files mirrored to object storage (images, PDFs, archived pages).

CREATE TABLE files (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (uuid) ON DELETE CASCADE,
    original_url text NOT NULL,
    s3_key       text NOT NULL,
    s3_url       text,
    file_name    text,
    file_type    varchar(255) NOT NULL,
    file_size    bigint CHECK (file_size >= 0),
    file_hash    text,
    metadata     jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX unique_original_url ON files (original_url);
CREATE UNIQUE INDEX unique_s3_key ON files (s3_key);
CREATE INDEX idx_files_user_id ON files (user_id);
CREATE INDEX idx_files_file_hash ON files (file_hash);
CREATE INDEX idx_files_file_type ON files (file_type);
CREATE INDEX idx_files_metadata ON files USING gin (metadata jsonb_path_ops);

CREATE TRIGGER update_files_updated_at
    BEFORE UPDATE ON files
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();

COMMENT ON COLUMN files.metadata IS 'Width/height, page count, content type as served, ...; searched with @>.';
