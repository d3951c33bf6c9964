-- confab: case-insensitive e-mail addresses.
CREATE EXTENSION IF NOT EXISTS citext;
