-- Many devices (issue 13, DESIGN §10): the devices this folder knows, the change log every write appends to, the
-- version of each natural key, the conflicts, and what each peer has confirmed. Internal ids (the INT columns here)
-- never leave this folder: packages and the server carry device UUIDs, codes, dates and UUIDs.

-- Every device whose changes this folder holds or whose packages it has seen; exactly one row is SELF (added on the
-- first open, from device.properties). known_seq is the version vector: the highest sequence of that device held.
CREATE TABLE sync_device (
    id                INT AUTO_INCREMENT PRIMARY KEY,
    device_id         UUID         NOT NULL UNIQUE,
    name              VARCHAR(64)  NOT NULL,
    public_key        VARBINARY(200),
    status            VARCHAR(8)   NOT NULL CHECK (status IN ('SELF', 'KNOWN', 'PENDING', 'ACCEPTED', 'REVOKED')),
    relay             BOOLEAN      DEFAULT FALSE NOT NULL,
    known_seq         BIGINT       DEFAULT 0 NOT NULL,
    first_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_user         VARCHAR(64),
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    last_package_at   TIMESTAMP WITH TIME ZONE,
    last_package_user VARCHAR(64),
    last_package_size INT,
    last_package_new  INT,
    last_anchor_id    BIGINT,
    last_anchor_hash  CHAR(64)
);

-- One row per change, kept for ever (it is the history that packages and the server carry). Kept narrow: bulk
-- imports write one row per price. entity is a small code (domain.sync.Entity), at_ms the UTC time in ms.
CREATE TABLE change_log (
    origin      INT           NOT NULL REFERENCES sync_device (id),
    seq         BIGINT        NOT NULL,
    lamport     BIGINT        NOT NULL,
    at_ms       BIGINT        NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    entity      TINYINT       NOT NULL,
    natural_key VARCHAR(200)  NOT NULL,
    new_value   VARCHAR(4000) NOT NULL,
    base_origin INT,
    base_seq    BIGINT,
    PRIMARY KEY (origin, seq)
);

-- The winning change of each natural key of the small entities. Prices and stock movements keep theirs in their
-- own rows (v_origin, v_seq, v_lamport below): millions of rows, no second key string each.
CREATE TABLE change_head (
    entity      TINYINT      NOT NULL,
    natural_key VARCHAR(200) NOT NULL,
    origin      INT          NOT NULL,
    seq         BIGINT       NOT NULL,
    lamport     BIGINT       NOT NULL,
    PRIMARY KEY (entity, natural_key)
);

ALTER TABLE price_observation ADD COLUMN v_origin INT;
ALTER TABLE price_observation ADD COLUMN v_seq BIGINT;
ALTER TABLE price_observation ADD COLUMN v_lamport BIGINT;
ALTER TABLE stock_movement ADD COLUMN v_origin INT;
ALTER TABLE stock_movement ADD COLUMN v_seq BIGINT;
ALTER TABLE stock_movement ADD COLUMN v_lamport BIGINT;

-- A change that lost to another one whose author had not seen it (a leaf of the key's history that is not the
-- winner): listed in Konflik. lost goes back to FALSE when a later change turns out to build on it. The decision
-- (confirmed, reversed) is itself a change that travels (entity conflict).
CREATE TABLE sync_conflict (
    loser_origin INT          NOT NULL,
    loser_seq    BIGINT       NOT NULL,
    entity       TINYINT      NOT NULL,
    natural_key  VARCHAR(200) NOT NULL,
    lost         BOOLEAN      NOT NULL,
    decision     VARCHAR(9) CHECK (decision IN ('CONFIRMED', 'REVERSED')),
    decided_by   VARCHAR(64),
    decided_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (loser_origin, loser_seq)
);

-- Per peer device, the highest sequence of each origin the peer has confirmed holding (learnt from its packages).
CREATE TABLE sync_peer (
    peer          INT    NOT NULL REFERENCES sync_device (id),
    origin        INT    NOT NULL REFERENCES sync_device (id),
    confirmed_seq BIGINT NOT NULL,
    PRIMARY KEY (peer, origin)
);

-- Counters of this folder: the Lamport clock ('lamport'), and whether the rows that existed before the change log
-- have become this device's first changes ('adopted').
CREATE TABLE sync_state (
    state_key   VARCHAR(32) PRIMARY KEY,
    state_value BIGINT      NOT NULL
);
INSERT INTO sync_state (state_key, state_value) VALUES ('lamport', 0);

-- Each audit row of a change names it: this device's own changes and those applied from other devices alike.
ALTER TABLE audit_log ADD COLUMN origin_device UUID;
ALTER TABLE audit_log ADD COLUMN origin_seq BIGINT;

-- Reference prices had only an internal id. Their natural key is a UUID; the seeded ones (the same on every device)
-- get one derived from commodity, kind and first valid day, so that every device gives them the same.
ALTER TABLE reference_price ADD COLUMN uid UUID;
UPDATE reference_price r SET uid = CAST(REGEXP_REPLACE(LOWER(RAWTOHEX(SUBSTRING(HASH('SHA-256',
        (SELECT c.code FROM commodity c WHERE c.id = r.commodity_id) || '|' || r.kind || '|' || r.valid_from), 1, 16))),
        '^(.{8})(.{4})(.{4})(.{4})(.{12})$', '$1-$2-$3-$4-$5') AS UUID);
ALTER TABLE reference_price ALTER COLUMN uid SET NOT NULL;
ALTER TABLE reference_price ADD CONSTRAINT reference_price_uid UNIQUE (uid);
