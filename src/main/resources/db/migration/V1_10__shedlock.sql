-- ShedLock: a scheduled job (report reminders, retention of citizens' contacts) runs on one app node at a time.
-- The node that inserts or updates a job's row while lock_until has passed runs it; times are the database's.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
