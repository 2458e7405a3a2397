-- A filing's issuer name and ticker become aliases by the store (db/store-aliases.ts), which asks
-- once per name per transaction, not by a trigger that probed issuer_aliases twice for every
-- filing inserted. The store is the only writer of filings; the update trigger stays.
DROP TRIGGER `filings_issuer_aliases_insert`;
