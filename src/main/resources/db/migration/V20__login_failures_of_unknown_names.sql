-- Failed log-ins under names that have no account (issue 12): counted and locked exactly as an account's are, so
-- that the answers (message, delay, lock after five tries) do not tell which names exist. The name is kept as its
-- SHA-256 only: people sometimes type a password into the name field.
CREATE TABLE login_failure (
    name_sha256   CHAR(64) PRIMARY KEY,
    failed_logins INT      NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
