UPDATE price_observation
SET price_rp   = :price,
    quote1_rp  = :q1,
    quote2_rp  = :q2,
    quote3_rp  = :q3,
    officer    = :officer,
    device     = :device,
    reason     = :reason,
    updated_at = CURRENT_TIMESTAMP,
    revision   = revision + 1
WHERE market_id = :m
  AND commodity_id = :c
  AND price_date = :d
