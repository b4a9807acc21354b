-- A client can be disabled (`hub client disable`, the disableClient mutation): it can no longer authenticate, and its
-- live tokens are revoked in the same transaction. Existing clients stay enabled.
ALTER TABLE identity.clients ADD COLUMN "Disabled" boolean NOT NULL DEFAULT FALSE;
ALTER TABLE identity.clients ALTER COLUMN "Disabled" DROP DEFAULT;
