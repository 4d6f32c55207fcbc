-- Both ways: a kept market week (price_week_market) not recomputed from the daily prices with the same sum and
-- count, and a market week recomputed but not kept. The week is the ISO week: it starts on the Monday on or before
-- the day.
SELECT market_id || ':' || commodity_id || ':' || week_monday AS k FROM (
    (SELECT market_id, commodity_id, week_monday, sum_rp, day_count FROM price_week_market
     EXCEPT
     SELECT market_id, commodity_id, DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(price_date), price_date), SUM(price_rp), COUNT(*)
     FROM price_observation
     GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(price_date), price_date))
    UNION
    (SELECT market_id, commodity_id, DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(price_date), price_date), SUM(price_rp), COUNT(*)
     FROM price_observation
     GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(price_date), price_date)
     EXCEPT
     SELECT market_id, commodity_id, week_monday, sum_rp, day_count FROM price_week_market)
) d
ORDER BY k
LIMIT 20
