-- Failed logins are throttled per login and address, not per account: a stranger who guesses at a clerk's
-- login slows down only their own address, and the answer is the same whether the login exists or not.
-- The login is kept as a SHA-256 digest only: people sometimes type their password into the login field.
CREATE TABLE login_throttle (
  login_hash       bytea NOT NULL CHECK (length(login_hash) = 32),
  address          text NOT NULL CHECK (length(address) BETWEEN 1 AND 64),
  failures         integer NOT NULL CHECK (failures > 0),
  blocked_until    timestamptz,
  last_failure_at  timestamptz NOT NULL,
  PRIMARY KEY (login_hash, address)
);

CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- The account-wide lock is gone with it.
ALTER TABLE staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
