CREATE TYPE share_visibility AS ENUM ('private', 'link', 'public');

CREATE TYPE file_kind AS ENUM ('transcript', 'agent_transcript', 'todo', 'attachment');
