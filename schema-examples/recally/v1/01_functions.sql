-- recally: one trigger function keeps updated_at current on every table that has it.

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION update_updated_at_column() IS 'BEFORE UPDATE trigger: stamps NEW.updated_at.';
