SELECT 'price_observation:' || p.market_id || ':' || p.commodity_id || ':' || p.price_date
FROM price_observation p
WHERE NOT EXISTS (SELECT 1 FROM market m WHERE m.id = p.market_id)
   OR NOT EXISTS (SELECT 1 FROM commodity c WHERE c.id = p.commodity_id)
UNION ALL
SELECT 'price_month:' || p.market_id || ':' || p.commodity_id || ':' || p.month_start
FROM price_month p
WHERE NOT EXISTS (SELECT 1 FROM market m WHERE m.id = p.market_id)
   OR NOT EXISTS (SELECT 1 FROM commodity c WHERE c.id = p.commodity_id)
UNION ALL
SELECT 'stock_movement:' || s.id
FROM stock_movement s
WHERE NOT EXISTS (SELECT 1 FROM outlet o WHERE o.id = s.outlet_id)
   OR NOT EXISTS (SELECT 1 FROM commodity c WHERE c.id = s.commodity_id)
UNION ALL
SELECT 'commodity:' || c.code
FROM commodity c
WHERE NOT EXISTS (SELECT 1 FROM commodity_group g WHERE g.id = c.group_id)
UNION ALL
SELECT 'user_market:' || um.user_id || ':' || um.market_id
FROM user_market um
WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = um.user_id)
   OR NOT EXISTS (SELECT 1 FROM market m WHERE m.id = um.market_id)
UNION ALL
SELECT 'user_outlet:' || uo.user_id || ':' || uo.outlet_id
FROM user_outlet uo
WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = uo.user_id)
   OR NOT EXISTS (SELECT 1 FROM outlet o WHERE o.id = uo.outlet_id)
LIMIT 20
