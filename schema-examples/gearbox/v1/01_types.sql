-- gearbox: a research thread is open until a candidate is bought.
CREATE TYPE thread_status AS ENUM ('open', 'closed');
