-- A movement typed wrongly is corrected by a later movement that reverses it (issue 17): the reversed movement
-- stays as it was (history, audit, packages already sent), and the stock is replayed without either. No foreign
-- key: a reversal can arrive in a package before the movement it reverses.
ALTER TABLE stock_movement ADD COLUMN reverses UUID;
