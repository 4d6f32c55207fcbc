INSERT INTO price_month (market_id, commodity_id, month_start, sum_rp, day_count)
SELECT market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date), SUM(price_rp), COUNT(*)
FROM price_observation
WHERE price_date BETWEEN :from AND :to
GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date)
