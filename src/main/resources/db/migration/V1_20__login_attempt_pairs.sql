-- Failed logins are throttled per account and address pair (identity LoginThrottle) and purged by age.
CREATE INDEX login_attempt_pair ON login_attempt (username, address, at);
CREATE INDEX login_attempt_at ON login_attempt (at);
DROP INDEX login_attempt_username;
