-- Counts that every hub process on this database adds to, so a limit or a tally does not multiply with the number of
-- processes: key lookups that found nothing, per client and hour (Hub:MissedKeyLookupsPerHour), and failed client
-- authentications, per presented client id, minute, endpoint, method and reason, until one process writes the
-- minute's audit record and deletes them.
CREATE TABLE identity.key_lookup_misses (
    "ClientId" text NOT NULL,
    "Hour" timestamp with time zone NOT NULL,
    "Misses" integer NOT NULL,
    CONSTRAINT "PK_key_lookup_misses" PRIMARY KEY ("ClientId", "Hour")
);

CREATE TABLE identity.failed_authentication_counts (
    "Minute" timestamp with time zone NOT NULL,
    "ClientId" text NOT NULL,
    "Endpoint" text NOT NULL,
    "Method" text NOT NULL,
    "Reason" text NOT NULL,
    "Count" integer NOT NULL,
    CONSTRAINT "PK_failed_authentication_counts" PRIMARY KEY ("Minute", "ClientId", "Endpoint", "Method", "Reason")
);
