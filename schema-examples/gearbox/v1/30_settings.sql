-- gearbox: instance-wide key/value settings (units, currency, registration open, ...).

CREATE TABLE settings (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);
