-- The newest row per commodity before the day; the primary key (market, commodity, date) serves the subquery.
SELECT p.*
FROM price_observation p
WHERE p.market_id = :m
  AND p.price_date = (SELECT MAX(q.price_date)
                      FROM price_observation q
                      WHERE q.market_id = p.market_id
                        AND q.commodity_id = p.commodity_id
                        AND q.price_date < :d)
