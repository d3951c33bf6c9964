-- gearbox: research threads comparing candidates before a purchase.

CREATE TABLE threads (
    id               serial PRIMARY KEY,
    name             text NOT NULL,
    status           thread_status NOT NULL DEFAULT 'open',
    category_id      integer NOT NULL REFERENCES categories (id),
    resolved_item_id integer REFERENCES items (id) ON DELETE SET NULL,
    notes            text,
    created_at       bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at       bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX threads_status_idx ON threads (status) WHERE status <> 'closed';

CREATE TABLE thread_candidates (
    id             serial PRIMARY KEY,
    thread_id      integer NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    name           text NOT NULL,
    weight         double precision CHECK (weight >= 0),
    price_cents    integer CHECK (price_cents >= 0),
    product_url    text,
    image_filename text,
    notes          text,
    sort_order     integer NOT NULL DEFAULT 0,
    created_at     bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at     bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX thread_candidates_thread_id_idx ON thread_candidates (thread_id, sort_order);
