-- gearbox: named loadouts ("summer overnight", "winter day hike").

CREATE TABLE setups (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    created_at  bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at  bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE TABLE setup_items (
    id       serial PRIMARY KEY,
    setup_id integer NOT NULL REFERENCES setups (id) ON DELETE CASCADE,
    item_id  integer NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    worn     boolean NOT NULL DEFAULT false,
    CONSTRAINT setup_items_setup_id_item_id_key UNIQUE (setup_id, item_id)
);

CREATE INDEX setup_items_item_id_idx ON setup_items (item_id);

COMMENT ON COLUMN setup_items.worn IS 'Worn items do not count towards the base weight.';
