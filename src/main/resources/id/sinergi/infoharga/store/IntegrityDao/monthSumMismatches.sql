-- Both ways: a month stored but not recomputed (or with other figures), and a month recomputed but not stored.
SELECT market_id || ':' || commodity_id || ':' || month_start AS k FROM (
    (SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month WHERE day_count <> 0
     EXCEPT
     SELECT market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date), SUM(price_rp), COUNT(*)
     FROM price_observation
     GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date))
    UNION
    (SELECT market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date), SUM(price_rp), COUNT(*)
     FROM price_observation
     GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date)
     EXCEPT
     SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month)
) d
ORDER BY k
LIMIT 20
