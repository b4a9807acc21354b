-- 0004: on PostgreSQL, three decimal columns take the precision their model declares. SQLite stores EF Core's decimals
-- as text, exact at any precision, so there is nothing to change here; the version keeps both providers in step.
SELECT 1;
