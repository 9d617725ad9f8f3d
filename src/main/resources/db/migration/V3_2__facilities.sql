-- Facilities (deliverables) built under construction items: design -> construction -> commissioned.
CREATE TABLE facility (
    id               BIGSERIAL PRIMARY KEY,
    roadmap_item     BIGINT        NOT NULL REFERENCES roadmap_item (id),
    region_id        BIGINT        NOT NULL,
    name_kk          VARCHAR(500)  NOT NULL,
    name_ru          VARCHAR(500)  NOT NULL,
    name_en          VARCHAR(500),
    address          VARCHAR(500),
    floors           INT,
    planned_year     INT           NOT NULL,
    stage            VARCHAR(20)   NOT NULL DEFAULT 'DESIGN',
    percent_complete INT           NOT NULL DEFAULT 0,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT facility_stage CHECK (stage IN ('DESIGN','CONSTRUCTION','COMMISSIONED')),
    CONSTRAINT facility_percent CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT facility_floors CHECK (floors IS NULL OR floors BETWEEN 1 AND 200)
);
CREATE INDEX facility_item ON facility (roadmap_item);
CREATE INDEX facility_region ON facility (region_id);

-- Rooms and amenities (library, reading room, gym, accessible sanitary unit, ...).
CREATE TABLE facility_amenity (
    facility BIGINT      NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    amenity  VARCHAR(40) NOT NULL,
    PRIMARY KEY (facility, amenity)
);

-- Dated stage changes, the history of a facility.
CREATE TABLE facility_stage_change (
    facility         BIGINT        NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    facility_key     INT           NOT NULL,
    changed_on       DATE          NOT NULL,
    stage            VARCHAR(20)   NOT NULL,
    percent_complete INT           NOT NULL,
    note             VARCHAR(1000),
    changed_by       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (facility, facility_key)
);
