-- What makes an import "the same" as an earlier one (issue 11): the file's content together with the options that
-- change what its rows mean (--market, --columns, --date-format). import_key is the file's SHA-256 when no such
-- option was given (so every earlier import keeps its key), else the SHA-256 of it with the options. The same file
-- may now be in the ledger more than once, under different options. The table is rebuilt because the unique
-- constraint on file_sha256 has a generated name.
CREATE TABLE import_ledger_v10 (
    id             INT AUTO_INCREMENT PRIMARY KEY,
    import_key     CHAR(64)      NOT NULL UNIQUE,
    file_sha256    CHAR(64)      NOT NULL,
    file_name      VARCHAR(260)  NOT NULL,
    options        VARCHAR(1000) DEFAULT '' NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    rows_stored    INT           NOT NULL,
    rows_missing   INT           NOT NULL,
    rows_unchanged INT           NOT NULL
);

INSERT INTO import_ledger_v10 (import_key, file_sha256, file_name, options, imported_at, actor, rows_stored,
                               rows_missing, rows_unchanged)
SELECT file_sha256, file_sha256, file_name, '', imported_at, actor, rows_stored, rows_missing, rows_unchanged
FROM import_ledger ORDER BY id;

DROP TABLE import_ledger;

ALTER TABLE import_ledger_v10 RENAME TO import_ledger;

-- A price's history finds the import that stored it by the instant stamped on both.
CREATE INDEX import_ledger_at ON import_ledger (imported_at);
