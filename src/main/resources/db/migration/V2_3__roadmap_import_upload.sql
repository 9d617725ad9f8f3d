-- An uploaded roadmap workbook between its dry-run preview and "apply": kept in the database so that any app node
-- can apply it; deleted when applied, and after a day if never applied.
CREATE TABLE roadmap_import_upload (
    token       UUID         PRIMARY KEY,
    roadmap_id  BIGINT       NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    username    VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    reason      VARCHAR(2000),
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX roadmap_import_upload_created ON roadmap_import_upload (created_at);
