-- Counts that every hub process on this database adds to (see the PostgreSQL file); instants are UTC ticks.
CREATE TABLE key_lookup_misses (
    "ClientId" TEXT NOT NULL,
    "Hour" INTEGER NOT NULL,
    "Misses" INTEGER NOT NULL,
    CONSTRAINT "PK_key_lookup_misses" PRIMARY KEY ("ClientId", "Hour")
);

CREATE TABLE failed_authentication_counts (
    "Minute" INTEGER NOT NULL,
    "ClientId" TEXT NOT NULL,
    "Endpoint" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_failed_authentication_counts" PRIMARY KEY ("Minute", "ClientId", "Endpoint", "Method", "Reason")
);
