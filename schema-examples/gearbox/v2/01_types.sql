-- gearbox: a research thread is open until a candidate is bought.
-- 'researching' sits between the two: candidates are being compared.
CREATE TYPE thread_status AS ENUM ('open', 'researching', 'closed');
