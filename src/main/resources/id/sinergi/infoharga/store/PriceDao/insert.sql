INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, quote1_rp, quote2_rp, quote3_rp,
                               officer, device, updated_at, revision, reason)
VALUES (:m, :c, :d, :price, :q1, :q2, :q3, :officer, :device, CURRENT_TIMESTAMP, 1, :reason)
