-- Sign-in for people (authorization code + PKCE, refresh tokens): a client's type and its redirect URIs, and OpenIddict's
-- EF Core tables. Only openiddict_authorizations and openiddict_tokens are written (the grants of people who signed in:
-- their codes and refresh tokens, each with its status); the applications and scopes tables exist because the token
-- rows refer to them and stay empty (clients and scopes are the hub's own tables).
ALTER TABLE identity.clients ADD "ClientType" character varying(50) NOT NULL DEFAULT 'confidential';
ALTER TABLE identity.clients ADD "RedirectUris" text NOT NULL DEFAULT '[]';
ALTER TABLE identity.clients ADD "PostLogoutRedirectUris" text NOT NULL DEFAULT '[]';

CREATE TABLE identity.openiddict_applications (
    "Id" text NOT NULL,
    "ApplicationType" character varying(50),
    "ClientId" character varying(100),
    "ClientSecret" text,
    "ClientType" character varying(50),
    "ConcurrencyToken" character varying(50),
    "ConsentType" character varying(50),
    "DisplayName" text,
    "DisplayNames" text,
    "JsonWebKeySet" text,
    "Permissions" text,
    "PostLogoutRedirectUris" text,
    "Properties" text,
    "RedirectUris" text,
    "Requirements" text,
    "Settings" text,
    CONSTRAINT "PK_openiddict_applications" PRIMARY KEY ("Id")
);

CREATE TABLE identity.openiddict_scopes (
    "Id" text NOT NULL,
    "ConcurrencyToken" character varying(50),
    "Description" text,
    "Descriptions" text,
    "DisplayName" text,
    "DisplayNames" text,
    "Name" character varying(200),
    "Properties" text,
    "Resources" text,
    CONSTRAINT "PK_openiddict_scopes" PRIMARY KEY ("Id")
);

CREATE TABLE identity.openiddict_authorizations (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "Properties" text,
    "Scopes" text,
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(50),
    CONSTRAINT "PK_openiddict_authorizations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_openiddict_authorizations_openiddict_applications_Applicati~" FOREIGN KEY ("ApplicationId") REFERENCES identity.openiddict_applications ("Id")
);

CREATE TABLE identity.openiddict_tokens (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "AuthorizationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "ExpirationDate" timestamp with time zone,
    "Payload" text,
    "Properties" text,
    "RedemptionDate" timestamp with time zone,
    "ReferenceId" character varying(100),
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(150),
    CONSTRAINT "PK_openiddict_tokens" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_openiddict_tokens_openiddict_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES identity.openiddict_applications ("Id"),
    CONSTRAINT "FK_openiddict_tokens_openiddict_authorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES identity.openiddict_authorizations ("Id")
);

CREATE UNIQUE INDEX "IX_openiddict_applications_ClientId" ON identity.openiddict_applications ("ClientId");

CREATE UNIQUE INDEX "IX_openiddict_scopes_Name" ON identity.openiddict_scopes ("Name");

CREATE INDEX "IX_openiddict_authorizations_ApplicationId_Status_Subject_Type" ON identity.openiddict_authorizations ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_openiddict_tokens_ApplicationId_Status_Subject_Type" ON identity.openiddict_tokens ("ApplicationId", "Status", "Subject", "Type");

CREATE INDEX "IX_openiddict_tokens_AuthorizationId" ON identity.openiddict_tokens ("AuthorizationId");

CREATE UNIQUE INDEX "IX_openiddict_tokens_ReferenceId" ON identity.openiddict_tokens ("ReferenceId");
