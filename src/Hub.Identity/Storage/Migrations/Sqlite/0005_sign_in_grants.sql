-- Sign-in for people (authorization code + PKCE, refresh tokens): a client's type and its redirect URIs, and OpenIddict's
-- EF Core tables. Only openiddict_authorizations and openiddict_tokens are written (the grants of people who signed in:
-- their codes and refresh tokens, each with its status); the applications and scopes tables exist because the token
-- rows refer to them and stay empty (clients and scopes are the hub's own tables).
ALTER TABLE clients ADD "ClientType" TEXT NOT NULL DEFAULT 'confidential';
ALTER TABLE clients ADD "RedirectUris" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE clients ADD "PostLogoutRedirectUris" TEXT NOT NULL DEFAULT '[]';

CREATE TABLE "openiddict_applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_openiddict_applications" PRIMARY KEY,
    "ApplicationType" TEXT NULL,
    "ClientId" TEXT NULL,
    "ClientSecret" TEXT NULL,
    "ClientType" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "ConsentType" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "JsonWebKeySet" TEXT NULL,
    "Permissions" TEXT NULL,
    "PostLogoutRedirectUris" TEXT NULL,
    "Properties" TEXT NULL,
    "RedirectUris" TEXT NULL,
    "Requirements" TEXT NULL,
    "Settings" TEXT NULL
);

CREATE TABLE "openiddict_scopes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_openiddict_scopes" PRIMARY KEY,
    "ConcurrencyToken" TEXT NULL,
    "Description" TEXT NULL,
    "Descriptions" TEXT NULL,
    "DisplayName" TEXT NULL,
    "DisplayNames" TEXT NULL,
    "Name" TEXT NULL,
    "Properties" TEXT NULL,
    "Resources" TEXT NULL
);

CREATE TABLE "openiddict_authorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_openiddict_authorizations" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "Properties" TEXT NULL,
    "Scopes" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_openiddict_authorizations_openiddict_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "openiddict_applications" ("Id")
);

CREATE TABLE "openiddict_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_openiddict_tokens" PRIMARY KEY,
    "ApplicationId" TEXT NULL,
    "AuthorizationId" TEXT NULL,
    "ConcurrencyToken" TEXT NULL,
    "CreationDate" TEXT NULL,
    "ExpirationDate" TEXT NULL,
    "Payload" TEXT NULL,
    "Properties" TEXT NULL,
    "RedemptionDate" TEXT NULL,
    "ReferenceId" TEXT NULL,
    "Status" TEXT NULL,
    "Subject" TEXT NULL,
    "Type" TEXT NULL,
    CONSTRAINT "FK_openiddict_tokens_openiddict_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "openiddict_applications" ("Id"),
    CONSTRAINT "FK_openiddict_tokens_openiddict_authorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES "openiddict_authorizations" ("Id")
);

CREATE UNIQUE INDEX "IX_openiddict_applications_ClientId" ON "openiddict_applications" ("ClientId");

CREATE UNIQUE INDEX "IX_openiddict_scopes_Name" ON "openiddict_scopes" ("Name");

CREATE INDEX "IX_openiddict_authorizations_ApplicationId_Status_Subject_Type" ON "openiddict_authorizations" ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_openiddict_tokens_ApplicationId_Status_Subject_Type" ON "openiddict_tokens" ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_openiddict_tokens_AuthorizationId" ON "openiddict_tokens" ("AuthorizationId");

CREATE UNIQUE INDEX "IX_openiddict_tokens_ReferenceId" ON "openiddict_tokens" ("ReferenceId");
