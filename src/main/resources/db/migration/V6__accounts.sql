-- Accounts and roles (issue 7). USER is reserved in H2, hence app_user. No default account: the first run creates
-- the administrator.
CREATE TABLE app_user (
    id                  INT AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL UNIQUE,
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(10)  NOT NULL CHECK (role IN ('OFFICER', 'ANALYST', 'ADMIN')),
    active              BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_logins       INT          DEFAULT 0 NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The markets and WULANDARI outlets an officer may write.
CREATE TABLE user_market (
    user_id   INT NOT NULL REFERENCES app_user (id),
    market_id INT NOT NULL REFERENCES market (id),
    PRIMARY KEY (user_id, market_id)
);

CREATE TABLE user_outlet (
    user_id   INT NOT NULL REFERENCES app_user (id),
    outlet_id INT NOT NULL REFERENCES outlet (id),
    PRIMARY KEY (user_id, outlet_id)
);
