-- A signed protocol is immutable: its DOCX and PDF in Kazakh and Russian are rendered once, when it is signed, and
-- served byte for byte afterwards (later answers to its proposals show on the meeting page, not in the protocol).
CREATE TABLE signed_protocol_document (
    meeting_id  BIGINT       NOT NULL REFERENCES meeting (id),
    language    VARCHAR(2)   NOT NULL,
    format      VARCHAR(4)   NOT NULL,
    region_id   BIGINT,
    file_name   VARCHAR(300) NOT NULL,
    content     BYTEA        NOT NULL,
    -- SHA-256 of content, hex: lets anyone check a downloaded copy against the one stored
    sha256      CHAR(64)     NOT NULL,
    stored_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, language, format),
    CONSTRAINT signed_protocol_document_language CHECK (language IN ('kk', 'ru')),
    CONSTRAINT signed_protocol_document_format CHECK (format IN ('pdf', 'docx'))
);
