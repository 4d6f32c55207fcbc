-- The newest audit row of each price key ("market:commodity:day" by internal id, EntryService.rowKey) against the
-- price stored now. The audit value is "12500" or "12500 (12000/12500/13000)": the price is its leading digits.
-- A change received from another device that lost to a newer one (reason :lost, naming its origin) is in the
-- price's history but never became the price: it is not the price's value to compare with.
SELECT k.row_key FROM (
    SELECT row_key, new_value, ROW_NUMBER() OVER (PARTITION BY row_key ORDER BY id DESC) AS newest
    FROM audit_log
    WHERE table_name = 'price_observation'
      AND REGEXP_LIKE(row_key, '^[0-9]{1,9}:[0-9]{1,9}:[0-9]{4}-[0-9]{2}-[0-9]{2}$')
      AND NOT (origin_device IS NOT NULL AND reason IS NOT NULL AND reason = :lost)
) k
LEFT JOIN price_observation p
       ON p.market_id = CAST(REGEXP_SUBSTR(k.row_key, '^[0-9]+') AS INT)
      AND p.commodity_id = CAST(REGEXP_REPLACE(k.row_key, '^[0-9]+:([0-9]+):.*$', '$1') AS INT)
      AND p.price_date = CAST(REGEXP_SUBSTR(k.row_key, '[0-9]{4}-[0-9]{2}-[0-9]{2}$') AS DATE)
WHERE k.newest = 1
  AND (p.price_rp IS NULL
       OR k.new_value IS NULL
       OR p.price_rp <> CASE WHEN REGEXP_LIKE(k.new_value, '^[0-9]{1,15}( .*)?$')
                             THEN CAST(REGEXP_SUBSTR(k.new_value, '^[0-9]+') AS BIGINT) ELSE -1 END)
ORDER BY k.row_key
LIMIT 20
