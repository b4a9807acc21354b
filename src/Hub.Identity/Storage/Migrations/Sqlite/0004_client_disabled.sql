-- A client can be disabled (see the PostgreSQL file). Existing clients stay enabled; SQLite keeps the default, which
-- the model never relies on because EF Core always writes the column.
ALTER TABLE clients ADD COLUMN "Disabled" INTEGER NOT NULL DEFAULT 0;
