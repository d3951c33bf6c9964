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
    CONSTRAINT sessions_user_id_external_id_key UNIQUE (user_id, external_id)
);

CREATE INDEX sessions_user_id_last_activity_idx ON sessions (user_id, last_activity_at DESC NULLS LAST);

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
