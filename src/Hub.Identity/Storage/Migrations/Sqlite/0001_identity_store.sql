-- The identity store (agencies, clients, keys, tokens, audit); instants are UTC ticks. A database whose identity tables
-- an earlier hub created through EF Core (history table "__identity_migrations") records this file as applied without running it.
CREATE TABLE agencies (
    "Id" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "RegionCode" TEXT NOT NULL,
    "Suspended" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_agencies" PRIMARY KEY ("Id")
);
CREATE UNIQUE INDEX "IX_agencies_Code" ON agencies ("Code");

CREATE TABLE clients (
    "Id" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Permissions" TEXT NOT NULL,
    "JsonWebKeySet" TEXT NULL,
    "AccessTokenLifetimeSeconds" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_clients" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_clients_agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES agencies ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_clients_ClientId" ON clients ("ClientId");
CREATE INDEX "IX_clients_AgencyId" ON clients ("AgencyId");

CREATE TABLE client_secrets (
    "Id" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NULL,
    CONSTRAINT "PK_client_secrets" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_client_secrets_clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES clients ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_client_secrets_ClientId" ON client_secrets ("ClientId");

CREATE TABLE scopes (
    "Id" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "PK_scopes" PRIMARY KEY ("Id")
);
CREATE UNIQUE INDEX "IX_scopes_Name" ON scopes ("Name");

CREATE TABLE signing_keys (
    "KeyId" TEXT NOT NULL,
    "Algorithm" TEXT NOT NULL,
    "PublicJwk" TEXT NOT NULL,
    "ProtectedPrivateKey" BLOB NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ActivatesAt" INTEGER NOT NULL,
    "RetiresAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    CONSTRAINT "PK_signing_keys" PRIMARY KEY ("KeyId")
);

CREATE TABLE issued_tokens (
    "TokenId" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "AgencyCode" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    CONSTRAINT "PK_issued_tokens" PRIMARY KEY ("TokenId")
);
CREATE INDEX "IX_issued_tokens_ClientId" ON issued_tokens ("ClientId");
CREATE INDEX "IX_issued_tokens_ExpiresAt" ON issued_tokens ("ExpiresAt");

CREATE TABLE used_client_assertions (
    "ClientId" TEXT NOT NULL,
    "TokenId" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    CONSTRAINT "PK_used_client_assertions" PRIMARY KEY ("ClientId", "TokenId")
);

CREATE TABLE audit_records (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_records" PRIMARY KEY AUTOINCREMENT,
    "OccurredAt" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Detail" TEXT NOT NULL
);
CREATE INDEX "IX_audit_records_OccurredAt" ON audit_records ("OccurredAt");

-- The audit trail is append-only in the database itself, not just by convention of the code.
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;
