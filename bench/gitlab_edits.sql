-- A day's schema edits on top of GitLab's structure.sql (ten changes): what strata_bench_plan
-- adds to the desired side to time "GitLab's schema against a modified copy of it".
ALTER TABLE users ADD COLUMN strata_bench_note text;
ALTER TABLE issues ALTER COLUMN title TYPE text;
ALTER TABLE issues ALTER COLUMN weight SET DEFAULT 0;
ALTER TABLE issues ADD CONSTRAINT check_strata_bench_weight CHECK (weight >= 0) NOT VALID;
CREATE INDEX index_users_on_strata_bench_note ON users USING btree (strata_bench_note);
DROP INDEX index_users_on_admin;
CREATE TABLE strata_bench_audit_events (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
COMMENT ON TABLE strata_bench_audit_events IS 'one row per audited action';
CREATE OR REPLACE FUNCTION assign_ci_runners_id_value() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW."id" IS NOT NULL THEN
    RAISE WARNING 'Manually assigning ids is not allowed, the value will be ignored';
  END IF;
  NEW."id" := nextval('ci_runners_id_seq'::regclass);
  RETURN NEW;
END
$$;
