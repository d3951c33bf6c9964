-- confab: coding sessions, their runs and the files uploaded for them.

CREATE TABLE sessions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    external_id      text NOT NULL,
    project_path     text,
    agent            text NOT NULL DEFAULT 'claude-code',
    summary          text,
    first_prompt     text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    last_activity_at timestamptz,
    title            text,
    api_key_id       bigint,
    CONSTRAINT sessions_user_id_external_id_key UNIQUE (user_id, external_id),
    CONSTRAINT sessions_api_key_fkey FOREIGN KEY (user_id, api_key_id)
        REFERENCES api_keys (user_id, id)
);

CREATE INDEX sessions_user_id_last_activity_idx ON sessions (user_id, last_activity_at DESC NULLS LAST);

COMMENT ON COLUMN sessions.title IS 'User-editable title; the UI falls back to summary, then first_prompt.';
COMMENT ON COLUMN sessions.api_key_id IS 'The key that uploaded the session (NULL when uploaded from the web UI).';

CREATE TABLE runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id      uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    cwd             text,
    model           text,
    cli_version     text,
    git_info        jsonb,
    end_reason      text,
    input_tokens    bigint NOT NULL DEFAULT 0,
    output_tokens   bigint NOT NULL DEFAULT 0,
    CONSTRAINT runs_tokens_check CHECK (input_tokens >= 0 AND output_tokens >= 0)
);

CREATE INDEX runs_session_id_started_at_idx ON runs (session_id, started_at);

-- Search runs by repository or branch: git_info @> '{"branch": "main"}'.
CREATE INDEX runs_git_info_idx ON runs USING gin (git_info jsonb_path_ops);

COMMENT ON COLUMN runs.git_info IS 'Repository state at start: {"repo_url", "branch", "commit", "dirty"}.';

CREATE TABLE files (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    kind        file_kind NOT NULL,
    path        text NOT NULL,
    size_bytes  bigint NOT NULL CHECK (size_bytes >= 0),
    sha256      bytea NOT NULL,
    storage_key text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (run_id, path)
);

CREATE INDEX files_sha256_idx ON files (sha256);
