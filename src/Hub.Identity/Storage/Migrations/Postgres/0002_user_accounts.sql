-- People who sign in (prosecutors, agency staff), each of one agency: ASP.NET Core Identity's user columns plus the
-- agency, a display name and the disabled flag. Removing an agency removes its users, as it removes its clients.
CREATE TABLE identity.users (
    "Id" uuid NOT NULL,
    "AgencyId" uuid NOT NULL,
    "DisplayName" text NOT NULL,
    "Disabled" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UserName" character varying(256) NULL,
    "NormalizedUserName" character varying(256) NULL,
    "Email" character varying(256) NULL,
    "NormalizedEmail" character varying(256) NULL,
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text NULL,
    "SecurityStamp" text NULL,
    "ConcurrencyStamp" text NULL,
    "PhoneNumber" text NULL,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone NULL,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL,
    CONSTRAINT "PK_users" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_users_agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES identity.agencies ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_users_NormalizedUserName" ON identity.users ("NormalizedUserName");
CREATE INDEX "IX_users_AgencyId" ON identity.users ("AgencyId");
