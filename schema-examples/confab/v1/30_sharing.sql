-- confab: sharing a session with a link or with invited people.

CREATE TABLE session_shares (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    created_by bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token      text NOT NULL,
    visibility share_visibility NOT NULL DEFAULT 'private',
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE UNIQUE INDEX session_shares_token_key ON session_shares (token);
CREATE INDEX session_shares_session_id_idx ON session_shares (session_id) WHERE revoked_at IS NULL;

CREATE TABLE session_share_invites (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    share_id    bigint NOT NULL REFERENCES session_shares (id) ON DELETE CASCADE,
    email       citext NOT NULL,
    invited_by  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    accepted_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    accepted_at timestamptz,
    CONSTRAINT session_share_invites_share_id_email_key UNIQUE (share_id, email)
);

CREATE INDEX session_share_invites_email_idx ON session_share_invites (email) WHERE accepted_at IS NULL;

COMMENT ON TABLE session_share_invites IS 'Invitations by e-mail to a private share; accepted once the invitee signs in.';
