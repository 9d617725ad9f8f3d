-- An uploaded workbook of units and people between its dry-run preview and "apply": kept in the database so that
-- any app node can apply it; deleted when applied, and after a day if never applied.
CREATE TABLE org_import_upload (
    token       UUID         PRIMARY KEY,
    org_unit_id BIGINT       NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
    username    VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX org_import_upload_created ON org_import_upload (created_at);
