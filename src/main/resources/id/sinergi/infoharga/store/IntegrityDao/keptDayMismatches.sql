-- Both ways: a kept regency day (price_day) not recomputed from the daily prices with the same sum, count, lowest
-- and highest price, and a day recomputed but not kept.
SELECT commodity_id || ':' || price_date AS k FROM (
    (SELECT commodity_id, price_date, sum_rp, market_count, low_rp, high_rp FROM price_day
     EXCEPT
     SELECT commodity_id, price_date, SUM(price_rp), COUNT(*), MIN(price_rp), MAX(price_rp)
     FROM price_observation
     GROUP BY commodity_id, price_date)
    UNION
    (SELECT commodity_id, price_date, SUM(price_rp), COUNT(*), MIN(price_rp), MAX(price_rp)
     FROM price_observation
     GROUP BY commodity_id, price_date
     EXCEPT
     SELECT commodity_id, price_date, sum_rp, market_count, low_rp, high_rp FROM price_day)
) d
ORDER BY k
LIMIT 20
