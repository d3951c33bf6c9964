-- gearbox: the gear itself.

CREATE TABLE categories (
    id         serial PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    icon       text NOT NULL DEFAULT 'package',
    sort_order integer NOT NULL DEFAULT 0,
    created_at bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE TABLE items (
    id             serial PRIMARY KEY,
    name           text NOT NULL,
    brand          text,
    weight         double precision,
    price_cents    integer,
    quantity       integer NOT NULL DEFAULT 1,
    category_id    integer NOT NULL REFERENCES categories (id),
    product_url    text,
    image_filename text,
    notes          text,
    created_at     bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at     bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    CONSTRAINT items_weight_check CHECK (weight >= 0),
    CONSTRAINT items_price_cents_check CHECK (price_cents >= 0),
    CONSTRAINT items_quantity_check CHECK (quantity > 0)
);

CREATE INDEX items_category_id_idx ON items (category_id);
CREATE INDEX items_name_idx ON items (lower(name) text_pattern_ops);

COMMENT ON COLUMN items.weight IS 'Grams.';
COMMENT ON COLUMN items.price_cents IS 'Price paid, in cents of the currency in settings.';
