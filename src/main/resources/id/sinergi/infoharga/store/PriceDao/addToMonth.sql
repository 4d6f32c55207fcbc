MERGE INTO price_month t
USING (VALUES (CAST(:m AS INT), CAST(:c AS INT), CAST(:month AS DATE), CAST(:sum AS BIGINT), CAST(:count AS INT)))
    AS s(market_id, commodity_id, month_start, d_sum, d_count)
ON t.market_id = s.market_id AND t.commodity_id = s.commodity_id AND t.month_start = s.month_start
WHEN MATCHED THEN UPDATE SET sum_rp = t.sum_rp + s.d_sum, day_count = t.day_count + s.d_count
WHEN NOT MATCHED THEN INSERT (market_id, commodity_id, month_start, sum_rp, day_count)
    VALUES (s.market_id, s.commodity_id, s.month_start, s.d_sum, s.d_count)
