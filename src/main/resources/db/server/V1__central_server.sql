-- The central server of DESIGN §10 (issue 14), PostgreSQL 14+. Flyway runs this in the schema ${schema} with its own
-- history table. ${app_role} (officers, analysts, administrators: one login role per account, members of it) and
-- ${reader_role} (reporting tools) are group roles of this database. Every table carries regency_code, the
-- distribution key should one server not be enough (README). Row-level security decides what each account's role
-- may read and write: the server does not trust the client.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
        CREATE ROLE ${app_role} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${reader_role}') THEN
        CREATE ROLE ${reader_role} NOLOGIN;
    END IF;
END
$$;

CREATE TABLE regency (
    regency_code TEXT PRIMARY KEY CHECK (regency_code ~ '^[a-z0-9][a-z0-9_]{1,23}$'),
    name         TEXT NOT NULL,
    -- Names this server's copy of the regency: a pull position (server_seq) means nothing on another server.
    server_id    UUID NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE device (
    regency_code   TEXT NOT NULL REFERENCES regency,
    device_id      UUID NOT NULL,
    name           TEXT NOT NULL,
    public_key     BYTEA,
    fingerprint    TEXT,
    status         TEXT NOT NULL CHECK (status IN ('accepted', 'pending', 'revoked')),
    registered_by  TEXT,
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    first_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_sync_at   TIMESTAMPTZ,
    last_sync_user TEXT,
    PRIMARY KEY (regency_code, device_id)
);

CREATE TABLE account (
    regency_code       TEXT NOT NULL REFERENCES regency,
    username           TEXT NOT NULL,
    role_name          TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('officer', 'analyst', 'admin', 'reader')),
    markets            TEXT[] NOT NULL DEFAULT '{}',
    outlets            TEXT[] NOT NULL DEFAULT '{}',
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    -- The version of the change that last set kind/active, and markets/outlets (last writer wins, as on devices).
    account_lamport    BIGINT NOT NULL DEFAULT 0,
    account_device     TEXT NOT NULL DEFAULT '',
    assignment_lamport BIGINT NOT NULL DEFAULT 0,
    assignment_device  TEXT NOT NULL DEFAULT '',
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (regency_code, username)
);

CREATE SEQUENCE change_server_seq;

CREATE TABLE change (
    -- Handed out when the change is served: at once for an accepted device, at its acceptance for a pending one
    -- (then in its own order). Per server, not global across servers.
    server_seq    BIGINT UNIQUE,
    regency_code  TEXT NOT NULL,
    origin_device UUID NOT NULL,
    origin_seq    BIGINT NOT NULL CHECK (origin_seq > 0),
    lamport       BIGINT NOT NULL CHECK (lamport > 0),
    at_utc        TIMESTAMPTZ NOT NULL,
    user_name     TEXT NOT NULL,
    entity        TEXT NOT NULL,
    natural_key   TEXT NOT NULL,
    -- json, not jsonb: the text travels exactly as its author wrote it.
    value         JSON NOT NULL,
    base_device   UUID,
    base_seq      BIGINT,
    pushed_by     TEXT NOT NULL DEFAULT session_user,
    pushed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (regency_code, origin_device, origin_seq),
    FOREIGN KEY (regency_code, origin_device) REFERENCES device
);
CREATE INDEX change_pull ON change (regency_code, server_seq);

-- Current state for reporting tools, kept from served changes (last writer wins on (lamport, device text)).
CREATE TABLE price (
    regency_code   TEXT NOT NULL,
    market_code    TEXT NOT NULL,
    commodity_code TEXT NOT NULL,
    price_date     DATE NOT NULL,
    price_rp       BIGINT NOT NULL,
    user_name      TEXT NOT NULL,
    at_utc         TIMESTAMPTZ NOT NULL,
    lamport        BIGINT NOT NULL,
    origin_device  UUID NOT NULL,
    PRIMARY KEY (regency_code, market_code, commodity_code, price_date)
);
CREATE INDEX price_by_day ON price (regency_code, price_date);

CREATE TABLE stock_movement (
    regency_code   TEXT NOT NULL,
    movement_id    UUID NOT NULL,
    outlet_code    TEXT NOT NULL,
    commodity_code TEXT NOT NULL,
    movement_date  DATE NOT NULL,
    kind           TEXT NOT NULL,
    quantity       NUMERIC NOT NULL,
    unit_price_rp  BIGINT,
    source         TEXT,
    user_name      TEXT NOT NULL,
    lamport        BIGINT NOT NULL,
    origin_device  UUID NOT NULL,
    PRIMARY KEY (regency_code, movement_id)
);

CREATE TABLE market (
    regency_code  TEXT NOT NULL,
    market_code   TEXT NOT NULL,
    name          TEXT NOT NULL,
    kecamatan     TEXT,
    market_type   TEXT,
    active        BOOLEAN NOT NULL,
    lamport       BIGINT NOT NULL,
    origin_device UUID NOT NULL,
    PRIMARY KEY (regency_code, market_code)
);

CREATE TABLE commodity (
    regency_code   TEXT NOT NULL,
    commodity_code TEXT NOT NULL,
    name           TEXT NOT NULL,
    variant        TEXT,
    unit           TEXT NOT NULL,
    group_code     TEXT NOT NULL,
    active         BOOLEAN NOT NULL,
    lamport        BIGINT NOT NULL,
    origin_device  UUID NOT NULL,
    PRIMARY KEY (regency_code, commodity_code)
);

CREATE TABLE outlet (
    regency_code  TEXT NOT NULL,
    outlet_code   TEXT NOT NULL,
    name          TEXT NOT NULL,
    market_code   TEXT,
    address       TEXT,
    active        BOOLEAN NOT NULL,
    lamport       BIGINT NOT NULL,
    origin_device UUID NOT NULL,
    PRIMARY KEY (regency_code, outlet_code)
);

CREATE TABLE reference_price (
    regency_code   TEXT NOT NULL,
    reference_id   UUID NOT NULL,
    commodity_code TEXT NOT NULL,
    kind           TEXT NOT NULL,
    low_rp         BIGINT,
    high_rp        BIGINT NOT NULL,
    regulation     TEXT,
    valid_from     DATE NOT NULL,
    valid_to       DATE,
    lamport        BIGINT NOT NULL,
    origin_device  UUID NOT NULL,
    PRIMARY KEY (regency_code, reference_id)
);

-- ---- who is asking ----
-- session_user, not current_user: inside a SECURITY DEFINER function current_user is the function's owner.

CREATE FUNCTION my_regency() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$ SELECT regency_code FROM account WHERE role_name = session_user AND active $$;

CREATE FUNCTION my_kind() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$ SELECT kind FROM account WHERE role_name = session_user AND active $$;

-- Whether the calling account's role may push this change (DESIGN §10 "permission travels with the data"): an
-- administrator anything (the office relays everyone's changes); anyone else only their own changes, and of those
-- an officer's prices of their own markets and stock of their own outlets, an analyst's acknowledgements, and
-- everyone's own password (never their own role).
CREATE FUNCTION may_push(p_regency TEXT, p_entity TEXT, p_key TEXT, p_value JSON, p_user TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$
DECLARE
    a account;
BEGIN
    SELECT * INTO a FROM account WHERE role_name = session_user AND regency_code = p_regency AND active;
    IF NOT FOUND OR a.kind = 'reader' THEN
        RETURN FALSE;
    END IF;
    IF a.kind = 'admin' THEN
        RETURN TRUE;
    END IF;
    IF p_user IS DISTINCT FROM a.username THEN
        RETURN FALSE;
    END IF;
    RETURN CASE p_entity
        WHEN 'price' THEN a.kind = 'officer' AND split_part(p_key, '|', 1) = ANY (a.markets)
        WHEN 'stock' THEN a.kind = 'officer' AND (p_value ->> 'o') = ANY (a.outlets)
        WHEN 'ack' THEN a.kind = 'analyst'
        WHEN 'account' THEN p_key = a.username AND (p_value ->> 'role') = upper(a.kind)
            AND (p_value ->> 'active') = 'true'
        ELSE FALSE
    END;
END
$$;

-- ---- serving changes in order ----

-- Changes of one regency get their server_seq one transaction after another (an advisory lock per regency until
-- commit), so a puller that has read up to N never later finds a smaller number committed.
CREATE FUNCTION lock_regency(p_regency TEXT) RETURNS VOID LANGUAGE sql AS
$$ SELECT pg_advisory_xact_lock(hashtext('infoharga.change'), hashtext(p_regency)) $$;

CREATE FUNCTION change_before_insert() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$
BEGIN
    PERFORM lock_regency(NEW.regency_code);
    IF (SELECT status FROM device WHERE regency_code = NEW.regency_code AND device_id = NEW.origin_device)
            = 'accepted' THEN
        NEW.server_seq := nextval('change_server_seq');
    ELSE
        NEW.server_seq := NULL;
    END IF;
    NEW.pushed_by := session_user;
    NEW.pushed_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER change_serve BEFORE INSERT ON change FOR EACH ROW EXECUTE FUNCTION change_before_insert();

-- A served change updates the current-state tables and the accounts' kinds and markets.
CREATE FUNCTION change_served() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$
DECLARE
    v JSON := NEW.value;
    dev TEXT := NEW.origin_device::TEXT;
BEGIN
    IF NEW.server_seq IS NULL OR (TG_OP = 'UPDATE' AND OLD.server_seq IS NOT NULL) THEN
        RETURN NULL;
    END IF;
    IF NEW.entity = 'price' THEN
        INSERT INTO price AS t VALUES (NEW.regency_code, split_part(NEW.natural_key, '|', 1),
                split_part(NEW.natural_key, '|', 2), split_part(NEW.natural_key, '|', 3)::DATE, (v ->> 'p')::BIGINT,
                NEW.user_name, NEW.at_utc, NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, market_code, commodity_code, price_date) DO UPDATE
            SET price_rp = EXCLUDED.price_rp, user_name = EXCLUDED.user_name, at_utc = EXCLUDED.at_utc,
                lamport = EXCLUDED.lamport, origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'stock' THEN
        INSERT INTO stock_movement AS t VALUES (NEW.regency_code, NEW.natural_key::UUID, v ->> 'o', v ->> 'c',
                (v ->> 'd')::DATE, v ->> 'k', (v ->> 'q')::NUMERIC, (v ->> 'p')::BIGINT, v ->> 's', NEW.user_name,
                NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, movement_id) DO UPDATE
            SET outlet_code = EXCLUDED.outlet_code, commodity_code = EXCLUDED.commodity_code,
                movement_date = EXCLUDED.movement_date, kind = EXCLUDED.kind, quantity = EXCLUDED.quantity,
                unit_price_rp = EXCLUDED.unit_price_rp, source = EXCLUDED.source, user_name = EXCLUDED.user_name,
                lamport = EXCLUDED.lamport, origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'market' THEN
        INSERT INTO market AS t VALUES (NEW.regency_code, NEW.natural_key, v ->> 'name', v ->> 'kecamatan',
                v ->> 'type', (v ->> 'active')::BOOLEAN, NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, market_code) DO UPDATE
            SET name = EXCLUDED.name, kecamatan = EXCLUDED.kecamatan, market_type = EXCLUDED.market_type,
                active = EXCLUDED.active, lamport = EXCLUDED.lamport, origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'commodity' THEN
        INSERT INTO commodity AS t VALUES (NEW.regency_code, NEW.natural_key, v ->> 'name', v ->> 'variant',
                v ->> 'unit', v ->> 'group', (v ->> 'active')::BOOLEAN, NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, commodity_code) DO UPDATE
            SET name = EXCLUDED.name, variant = EXCLUDED.variant, unit = EXCLUDED.unit,
                group_code = EXCLUDED.group_code, active = EXCLUDED.active, lamport = EXCLUDED.lamport,
                origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'outlet' THEN
        INSERT INTO outlet AS t VALUES (NEW.regency_code, NEW.natural_key, v ->> 'name', v ->> 'market',
                v ->> 'address', (v ->> 'active')::BOOLEAN, NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, outlet_code) DO UPDATE
            SET name = EXCLUDED.name, market_code = EXCLUDED.market_code, address = EXCLUDED.address,
                active = EXCLUDED.active, lamport = EXCLUDED.lamport, origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'reference' THEN
        INSERT INTO reference_price AS t VALUES (NEW.regency_code, NEW.natural_key::UUID, v ->> 'commodity',
                v ->> 'kind', (v ->> 'low')::BIGINT, (v ->> 'high')::BIGINT, v ->> 'regulation',
                (v ->> 'from')::DATE, (v ->> 'to')::DATE, NEW.lamport, NEW.origin_device)
        ON CONFLICT (regency_code, reference_id) DO UPDATE
            SET commodity_code = EXCLUDED.commodity_code, kind = EXCLUDED.kind, low_rp = EXCLUDED.low_rp,
                high_rp = EXCLUDED.high_rp, regulation = EXCLUDED.regulation, valid_from = EXCLUDED.valid_from,
                valid_to = EXCLUDED.valid_to, lamport = EXCLUDED.lamport, origin_device = EXCLUDED.origin_device
            WHERE (t.lamport, t.origin_device::TEXT) < (EXCLUDED.lamport, dev);
    ELSIF NEW.entity = 'account' THEN
        UPDATE account SET kind = lower(v ->> 'role'), active = (v ->> 'active')::BOOLEAN,
                account_lamport = NEW.lamport, account_device = dev
            WHERE regency_code = NEW.regency_code AND username = NEW.natural_key AND kind <> 'reader'
              AND (account_lamport, account_device) < (NEW.lamport, dev);
    ELSIF NEW.entity = 'assignment' THEN
        UPDATE account SET markets = coalesce(ARRAY(SELECT json_array_elements_text(v -> 'markets')), '{}'),
                outlets = coalesce(ARRAY(SELECT json_array_elements_text(v -> 'outlets')), '{}'),
                assignment_lamport = NEW.lamport, assignment_device = dev
            WHERE regency_code = NEW.regency_code AND username = NEW.natural_key AND kind <> 'reader'
              AND (assignment_lamport, assignment_device) < (NEW.lamport, dev);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER change_state AFTER INSERT OR UPDATE OF server_seq ON change FOR EACH ROW
    EXECUTE FUNCTION change_served();

-- ---- devices ----

-- A device says it is here (first contact, and at every sync): a new one waits as pending; an administrator's
-- device, and the devices whose changes an administrator's device relays, are accepted (the administrator
-- vouches for them), and their waiting changes are served in their order. Returns the device's status.
CREATE FUNCTION register_device(p_regency TEXT, p_device UUID, p_name TEXT, p_key BYTEA, p_fingerprint TEXT,
                                p_syncing BOOLEAN) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$
DECLARE
    a account;
    s TEXT;
BEGIN
    SELECT * INTO a FROM account WHERE role_name = session_user AND regency_code = p_regency AND active;
    IF NOT FOUND OR a.kind = 'reader' THEN
        RAISE EXCEPTION 'no account of regency % for role %', p_regency, session_user USING ERRCODE = '42501';
    END IF;
    SELECT status INTO s FROM device WHERE regency_code = p_regency AND device_id = p_device;
    IF NOT FOUND THEN
        s := CASE WHEN a.kind = 'admin' THEN 'accepted' ELSE 'pending' END;
        INSERT INTO device (regency_code, device_id, name, public_key, fingerprint, status, registered_by,
                            decided_by, decided_at)
        VALUES (p_regency, p_device, p_name, p_key, p_fingerprint, s, a.username,
                CASE WHEN s = 'accepted' THEN a.username END, CASE WHEN s = 'accepted' THEN now() END);
    ELSIF s = 'pending' AND a.kind = 'admin' THEN
        PERFORM accept_device(p_regency, p_device);
        s := 'accepted';
    END IF;
    IF p_syncing THEN
        UPDATE device SET last_sync_at = now(), last_sync_user = a.username, name = coalesce(p_name, name),
                public_key = coalesce(public_key, p_key), fingerprint = coalesce(fingerprint, p_fingerprint)
            WHERE regency_code = p_regency AND device_id = p_device;
    END IF;
    RETURN s;
END
$$;

-- An administrator accepts a device: its waiting changes are served from now on, in their own order.
CREATE FUNCTION accept_device(p_regency TEXT, p_device UUID) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$
DECLARE
    me account;
    r RECORD;
    n BIGINT := 0;
BEGIN
    SELECT * INTO me FROM account WHERE role_name = session_user AND regency_code = p_regency AND active;
    IF NOT FOUND OR me.kind <> 'admin' THEN
        RAISE EXCEPTION 'only an administrator of % accepts devices', p_regency USING ERRCODE = '42501';
    END IF;
    UPDATE device SET status = 'accepted', decided_by = me.username, decided_at = now()
        WHERE regency_code = p_regency AND device_id = p_device;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no device % in regency %', p_device, p_regency USING ERRCODE = 'P0002';
    END IF;
    PERFORM lock_regency(p_regency);
    FOR r IN SELECT origin_seq FROM change
             WHERE regency_code = p_regency AND origin_device = p_device AND server_seq IS NULL
             ORDER BY origin_seq LOOP
        UPDATE change SET server_seq = nextval('change_server_seq')
            WHERE regency_code = p_regency AND origin_device = p_device AND origin_seq = r.origin_seq;
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- Where the calling account's role belongs (a device learns its regency from the server).
CREATE FUNCTION whoami() RETURNS TABLE (regency_code TEXT, username TEXT, kind TEXT, server_id UUID)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp AS
$$ SELECT a.regency_code, a.username, a.kind, r.server_id FROM account a JOIN regency r USING (regency_code)
   WHERE a.role_name = session_user AND a.active $$;

-- ---- row-level security ----
-- The account lookups in the policies are sub-selects: PostgreSQL then asks them once per query (an initplan), not
-- once per row as it does a SECURITY DEFINER function it cannot inline (a pull of 1,000 changes: 20 ms to under 1 ms).

ALTER TABLE regency ENABLE ROW LEVEL SECURITY;
ALTER TABLE device ENABLE ROW LEVEL SECURITY;
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
ALTER TABLE change ENABLE ROW LEVEL SECURITY;
ALTER TABLE price ENABLE ROW LEVEL SECURITY;
ALTER TABLE stock_movement ENABLE ROW LEVEL SECURITY;
ALTER TABLE market ENABLE ROW LEVEL SECURITY;
ALTER TABLE commodity ENABLE ROW LEVEL SECURITY;
ALTER TABLE outlet ENABLE ROW LEVEL SECURITY;
ALTER TABLE reference_price ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_regency ON regency FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON device FOR SELECT
    USING (regency_code = (SELECT my_regency()) AND (SELECT my_kind()) <> 'reader');
CREATE POLICY own_regency ON account FOR SELECT
    USING (regency_code = (SELECT my_regency()) AND (SELECT my_kind()) <> 'reader');
-- Every account of the regency reads its served changes (every device ends with the same data).
CREATE POLICY read_served ON change FOR SELECT
    USING (regency_code = (SELECT my_regency()) AND (SELECT my_kind()) IN ('officer', 'analyst', 'admin'));
-- Writing: only what the account may make; PostgreSQL refuses the rest, whatever the client.
CREATE POLICY push_allowed ON change FOR INSERT
    WITH CHECK (may_push(regency_code, entity, natural_key, value, user_name));
CREATE POLICY own_regency ON price FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON stock_movement FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON market FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON commodity FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON outlet FOR SELECT USING (regency_code = (SELECT my_regency()));
CREATE POLICY own_regency ON reference_price FOR SELECT USING (regency_code = (SELECT my_regency()));

REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${schema} TO ${app_role}, ${reader_role};
GRANT SELECT ON regency, device, account TO ${app_role};
GRANT SELECT, INSERT ON change TO ${app_role};
GRANT SELECT ON price, stock_movement, market, commodity, outlet, reference_price TO ${app_role}, ${reader_role};
GRANT SELECT ON regency TO ${reader_role};
GRANT EXECUTE ON FUNCTION my_regency(), my_kind(), whoami() TO ${app_role}, ${reader_role};
GRANT EXECUTE ON FUNCTION may_push(TEXT, TEXT, TEXT, JSON, TEXT), register_device(TEXT, UUID, TEXT, BYTEA, TEXT, BOOLEAN),
    accept_device(TEXT, UUID), lock_regency(TEXT) TO ${app_role};
