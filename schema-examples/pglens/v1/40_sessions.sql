-- pglens: connection history and the queries run through it.

CREATE TABLE connections (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    database_id   integer NOT NULL REFERENCES databases (id) ON DELETE CASCADE,
    grant_id      bigint REFERENCES access_grants (id) ON DELETE SET NULL,
    client_addr   inet,
    application   text,
    backend_pid   integer,
    connected_at  timestamptz NOT NULL DEFAULT now(),
    disconnected_at timestamptz,
    CHECK (disconnected_at IS NULL OR disconnected_at >= connected_at)
);

CREATE INDEX connections_user_id_connected_at_idx ON connections (user_id, connected_at DESC);
CREATE INDEX ON connections (database_id);

CREATE TABLE queries (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    connection_id  bigint NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    sql_text       text NOT NULL,
    status         query_status NOT NULL DEFAULT 'running',
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    duration_ms    double precision,
    rows_returned  bigint,
    error_code     char(5),
    error_message  text
);

CREATE INDEX queries_connection_id_idx ON queries (connection_id);
CREATE INDEX queries_started_at_idx ON queries (started_at);
CREATE INDEX queries_failed_idx ON queries (started_at) WHERE status = 'failed';

CREATE TABLE query_result_rows (
    query_id   bigint NOT NULL REFERENCES queries (id) ON DELETE CASCADE,
    row_number integer NOT NULL,
    row_data   jsonb NOT NULL,
    PRIMARY KEY (query_id, row_number)
);

COMMENT ON TABLE queries IS 'Every statement a user sent through the proxy.';
COMMENT ON COLUMN queries.error_code IS 'SQLSTATE of a failed statement.';
COMMENT ON TABLE query_result_rows IS 'Result rows kept for review, capped by the proxy (first rows only).';
