-- The dashboard and the weekly report read a day's stock back only to the last stock count in force (issue 16);
-- which movements are reversed is told by the few reversals, found through this index instead of a scan of every
-- movement ever made.
CREATE INDEX stock_by_reversed ON stock_movement (reverses);
