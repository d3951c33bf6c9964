-- pglens: people who connect through the proxy.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(64) NOT NULL,
    email         text NOT NULL,
    display_name  text,
    password_hash text,
    is_admin      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz,
    CONSTRAINT users_username_key UNIQUE (username),
    CONSTRAINT users_username_format CHECK (username ~ '^[a-z][a-z0-9_.-]*$')
);

CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));

COMMENT ON TABLE users IS 'Accounts allowed to log in to the pglens proxy.';
COMMENT ON COLUMN users.is_admin IS 'Admins can register databases and grant access to others.';
