-- pglens: shared types.

CREATE TYPE access_level AS ENUM ('read', 'write', 'admin');

CREATE TYPE query_status AS ENUM ('running', 'succeeded', 'failed', 'cancelled');

CREATE TYPE ssl_mode AS ENUM ('disable', 'prefer', 'require', 'verify-ca', 'verify-full');
