-- Proposals (ұсыныс / предложение): raised by a member at a council meeting or sent by a citizen through the portal.
-- The proposer's contact data is private: it is shown to staff only, never on public pages or the public API.
CREATE TABLE proposal (
    id                BIGSERIAL PRIMARY KEY,
    -- the council or branch the proposal is addressed to; its secretary runs the review
    addressee_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    region_id         BIGINT,
    source            VARCHAR(20)   NOT NULL,
    meeting_id        BIGINT,
    raised_by_person  BIGINT        REFERENCES person (id),
    citizen_name      VARCHAR(300),
    contact_email     VARCHAR(200),
    contact_phone     VARCHAR(50),
    tracking_code     VARCHAR(40)   NOT NULL UNIQUE,
    text              VARCHAR(4000) NOT NULL,
    text_language     VARCHAR(5)    NOT NULL DEFAULT 'kk',
    direction_id      BIGINT        REFERENCES direction (id),
    status            VARCHAR(20)   NOT NULL DEFAULT 'RECEIVED',
    received_on       DATE          NOT NULL,
    executor_id       BIGINT        REFERENCES org_unit (id),
    due_date          DATE,
    -- the official answer (қорытынды / заключение) and, for a rejection, its reason
    answer            VARCHAR(4000),
    rejection_reason  VARCHAR(2000),
    answered_on       DATE,
    answered_by       VARCHAR(100),
    implementation_note VARCHAR(2000),
    implemented_on    DATE,
    -- the decision the proposal became (no foreign key: decision also refers to its proposal)
    decision_id       BIGINT,
    roadmap_item_id   BIGINT        REFERENCES roadmap_item (id),
    is_example        BOOLEAN       NOT NULL DEFAULT FALSE,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT proposal_source CHECK (source IN ('MEETING','CITIZEN')),
    CONSTRAINT proposal_status CHECK (status IN ('RECEIVED','UNDER_REVIEW','ACCEPTED','REJECTED','IMPLEMENTED')),
    CONSTRAINT proposal_meeting_source CHECK (source = 'CITIZEN' OR raised_by_person IS NOT NULL)
);
CREATE INDEX proposal_addressee ON proposal (addressee_id, status);
CREATE INDEX proposal_executor ON proposal (executor_id, status);
CREATE INDEX proposal_meeting ON proposal (meeting_id);
CREATE INDEX proposal_region ON proposal (region_id);
CREATE INDEX proposal_public ON proposal (answered_on DESC) WHERE status IN ('ACCEPTED','REJECTED','IMPLEMENTED');
CREATE INDEX proposal_roadmap_item ON proposal (roadmap_item_id) WHERE roadmap_item_id IS NOT NULL;
