-- recally: one trigger function keeps updated_at current on every table that has it.

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    -- clock_timestamp(), not the transaction start: sync clients page by
    -- updated_at, and rows updated later in a long transaction must sort later.
    NEW.updated_at = clock_timestamp();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION update_updated_at_column() IS 'BEFORE UPDATE trigger: stamps NEW.updated_at.';
