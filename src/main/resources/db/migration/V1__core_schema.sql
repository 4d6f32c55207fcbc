-- Core schema of Sinergi Smart Info Harga. DAY is reserved in H2 2.x, hence price_date.

CREATE TABLE market (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    kecamatan   VARCHAR(80),
    market_type VARCHAR(40),
    active      BOOLEAN      DEFAULT TRUE NOT NULL
);

CREATE TABLE commodity_group (
    id             INT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)   NOT NULL UNIQUE,
    name           VARCHAR(120)  NOT NULL,
    weight         DECIMAL(8, 4) DEFAULT 0 NOT NULL,
    volatile_group BOOLEAN       DEFAULT FALSE NOT NULL
);

CREATE TABLE commodity (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL UNIQUE,
    name       VARCHAR(120) NOT NULL,
    variant    VARCHAR(120),
    unit       VARCHAR(20)  NOT NULL,
    group_id   INT          NOT NULL REFERENCES commodity_group (id),
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    sort_order INT          DEFAULT 0 NOT NULL
);

CREATE TABLE reference_price (
    id           INT AUTO_INCREMENT PRIMARY KEY,
    commodity_id INT          NOT NULL REFERENCES commodity (id),
    kind         VARCHAR(3)   NOT NULL CHECK (kind IN ('HET', 'HAP')),
    low_rp       BIGINT CHECK (low_rp > 0),
    high_rp      BIGINT       NOT NULL CHECK (high_rp > 0),
    regulation   VARCHAR(200) NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    CHECK (low_rp IS NULL OR low_rp <= high_rp),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX reference_price_commodity ON reference_price (commodity_id, valid_from);

CREATE TABLE price_observation (
    market_id    INT          NOT NULL REFERENCES market (id),
    commodity_id INT          NOT NULL REFERENCES commodity (id),
    price_date   DATE         NOT NULL,
    price_rp     BIGINT       NOT NULL CHECK (price_rp > 0),
    quote1_rp    BIGINT CHECK (quote1_rp > 0),
    quote2_rp    BIGINT CHECK (quote2_rp > 0),
    quote3_rp    BIGINT CHECK (quote3_rp > 0),
    officer      VARCHAR(64)  NOT NULL,
    device       VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     INT          DEFAULT 1 NOT NULL,
    reason       VARCHAR(400),
    PRIMARY KEY (market_id, commodity_id, price_date)
);
-- Covering indexes (DESIGN §3): one commodity's history, and one day's figures.
CREATE INDEX price_by_commodity_date ON price_observation (commodity_id, price_date, market_id, price_rp);
CREATE INDEX price_by_date ON price_observation (price_date, market_id, commodity_id, price_rp);

-- Monthly sums kept in the same transaction as every save or import, so that ALPS never scans raw rows.
CREATE TABLE price_month (
    market_id    INT    NOT NULL REFERENCES market (id),
    commodity_id INT    NOT NULL REFERENCES commodity (id),
    month_start  DATE   NOT NULL,
    sum_rp       BIGINT NOT NULL,
    day_count    INT    NOT NULL,
    PRIMARY KEY (commodity_id, month_start, market_id)
);

CREATE TABLE outlet (
    id        INT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(32)  NOT NULL UNIQUE,
    name      VARCHAR(120) NOT NULL,
    market_id INT REFERENCES market (id),
    address   VARCHAR(200),
    active    BOOLEAN      DEFAULT TRUE NOT NULL
);

CREATE TABLE stock_movement (
    id            UUID          PRIMARY KEY,
    outlet_id     INT           NOT NULL REFERENCES outlet (id),
    commodity_id  INT           NOT NULL REFERENCES commodity (id),
    movement_date DATE          NOT NULL,
    kind          VARCHAR(12)   NOT NULL CHECK (kind IN ('RECEIPT', 'SALE', 'ADJUSTMENT', 'COUNT')),
    quantity      DECIMAL(14, 3) NOT NULL,
    unit_price_rp BIGINT CHECK (unit_price_rp > 0),
    source        VARCHAR(120),
    officer       VARCHAR(64)   NOT NULL,
    device        VARCHAR(64)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_by_outlet ON stock_movement (outlet_id, commodity_id, movement_date);

-- Append-only; each row's hash covers the previous row's hash and its own content (tamper evidence).
CREATE TABLE audit_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at_utc     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    device     VARCHAR(64)  NOT NULL,
    table_name VARCHAR(64)  NOT NULL,
    row_key    VARCHAR(200) NOT NULL,
    old_value  VARCHAR(4000),
    new_value  VARCHAR(4000),
    reason     VARCHAR(400),
    prev_hash  CHAR(64)     NOT NULL,
    row_hash   CHAR(64)     NOT NULL
);
CREATE INDEX audit_by_key ON audit_log (table_name, row_key);

CREATE TABLE import_ledger (
    id             INT AUTO_INCREMENT PRIMARY KEY,
    file_sha256    CHAR(64)     NOT NULL UNIQUE,
    file_name      VARCHAR(260) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    rows_stored    INT          NOT NULL,
    rows_missing   INT          NOT NULL,
    rows_unchanged INT          NOT NULL
);

CREATE TABLE app_setting (
    setting_key   VARCHAR(64)   PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
