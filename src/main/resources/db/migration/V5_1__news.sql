-- News items of the public portal: a title, lead and body per language (kk required), a readable slug, links to the
-- branch, council and meeting (meeting_id without a foreign key: the meeting tables belong to another module).
CREATE TABLE news_image (
    id            BIGSERIAL PRIMARY KEY,
    content_type  VARCHAR(40)  NOT NULL,
    bytes         BYTEA        NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    size_bytes    INT          NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT news_image_type CHECK (content_type IN ('image/png','image/jpeg','image/gif'))
);

CREATE TABLE news_item (
    id             BIGSERIAL PRIMARY KEY,
    slug           VARCHAR(120)  NOT NULL UNIQUE,
    status         VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    title_kk       VARCHAR(300)  NOT NULL,
    title_ru       VARCHAR(300),
    title_en       VARCHAR(300),
    lead_kk        VARCHAR(1000),
    lead_ru        VARCHAR(1000),
    lead_en        VARCHAR(1000),
    body_kk        TEXT          NOT NULL,
    body_ru        TEXT,
    body_en        TEXT,
    branch_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    council_id     BIGINT        REFERENCES org_unit (id),
    meeting_id     BIGINT,
    region_id      BIGINT,
    cover_image_id BIGINT        REFERENCES news_image (id),
    published_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT news_item_status CHECK (status IN ('DRAFT','PUBLISHED','WITHDRAWN')),
    CONSTRAINT news_item_published CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);
CREATE INDEX news_item_published ON news_item (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX news_item_branch ON news_item (branch_id, updated_at DESC);
CREATE INDEX news_item_region ON news_item (region_id);
CREATE INDEX news_item_meeting ON news_item (meeting_id);

CREATE TABLE news_tag (
    news_item  BIGINT      NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    tag        VARCHAR(60) NOT NULL,
    PRIMARY KEY (news_item, tag)
);
CREATE INDEX news_tag_tag ON news_tag (tag);

-- Counters kept apart from the aggregate so that a view never bumps the item's version or collides with an edit.
CREATE TABLE news_stats (
    news_item  BIGINT PRIMARY KEY REFERENCES news_item (id) ON DELETE CASCADE,
    views      BIGINT NOT NULL DEFAULT 0,
    comments   INT    NOT NULL DEFAULT 0
);

-- Who has been counted today: a hash of (daily salt, address, user agent). The salt and these rows are deleted after
-- the day, so nothing links a visitor to an address afterwards and no cookie is needed.
CREATE TABLE view_salt (
    day   DATE PRIMARY KEY,
    salt  BYTEA NOT NULL
);
CREATE TABLE news_view (
    news_item  BIGINT NOT NULL,
    day        DATE   NOT NULL,
    visitor    BYTEA  NOT NULL,
    PRIMARY KEY (day, news_item, visitor)
);

-- Comments are pre-moderated: only APPROVED ones are shown and counted.
CREATE TABLE news_comment (
    id            BIGSERIAL PRIMARY KEY,
    news_item     BIGINT        NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    region_id     BIGINT,
    author_name   VARCHAR(100)  NOT NULL,
    body          VARCHAR(3000) NOT NULL,
    status        VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    moderated_by  VARCHAR(100),
    moderated_at  TIMESTAMPTZ,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT news_comment_status CHECK (status IN ('PENDING','APPROVED','REJECTED'))
);
CREATE INDEX news_comment_item ON news_comment (news_item, created_at) WHERE status = 'APPROVED';
CREATE INDEX news_comment_pending ON news_comment (created_at) WHERE status = 'PENDING';

-- Anonymous submissions (comments, proposals) per hashed address and kind, for the rate limit; pruned after a day.
CREATE TABLE public_submission (
    id        BIGSERIAL PRIMARY KEY,
    kind      VARCHAR(20) NOT NULL,
    visitor   BYTEA       NOT NULL,
    at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX public_submission_visitor ON public_submission (visitor, kind, at);
