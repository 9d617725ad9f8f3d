CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(100) NOT NULL UNIQUE,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(300) NOT NULL,
    person_id        BIGINT REFERENCES person (id),
    preferred_locale VARCHAR(5)   NOT NULL DEFAULT 'kk',
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0
);

-- A role held within an org unit; it covers that unit's whole subtree. ADMIN is held at the root.
CREATE TABLE user_role (
    id           BIGSERIAL PRIMARY KEY,
    app_user     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role         VARCHAR(20) NOT NULL,
    org_unit_id  BIGINT NOT NULL REFERENCES org_unit (id),
    CONSTRAINT user_role_role CHECK (role IN ('ADMIN','SECRETARY','MEMBER','REPORTER')),
    CONSTRAINT user_role_unique UNIQUE (app_user, role, org_unit_id)
);

-- Failed logins, per account and per client address, for throttling.
CREATE TABLE login_attempt (
    id          BIGSERIAL PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    address     VARCHAR(64)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username ON login_attempt (username, at);
CREATE INDEX login_attempt_address ON login_attempt (address, at);

-- Audit trail of every change: who, when, which entity, and its state before and after.
CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(60)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    before_state JSONB,
    after_state  JSONB,
    region_id    BIGINT
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, at);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_actor ON audit_event (actor, at);
