-- An analyst's acknowledgement of one alert of one day, with a note (issue 5). The alert is named by its key
-- (kind:commodity:place, see domain AlertAcknowledgement.key); an alert is acknowledged at most once a day.
CREATE TABLE alert_ack (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    alert_date  DATE         NOT NULL,
    alert_key   VARCHAR(200) NOT NULL,
    alert_level VARCHAR(8)   NOT NULL CHECK (alert_level IN ('NORMAL', 'WASPADA', 'SIAGA', 'AWAS')),
    note        VARCHAR(400) NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    device      VARCHAR(64)  NOT NULL,
    acked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_ack_once UNIQUE (alert_date, alert_key)
);
