-- 0005: on PostgreSQL, keys and indexed codes take the C collation. SQLite already compares text byte by byte
-- (BINARY), so there is nothing to change here; the version keeps both providers in step.
SELECT 1;
