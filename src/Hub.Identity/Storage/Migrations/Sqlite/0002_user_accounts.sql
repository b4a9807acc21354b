-- People who sign in (prosecutors, agency staff), each of one agency: ASP.NET Core Identity's user columns plus the
-- agency, a display name and the disabled flag; instants are UTC ticks. Removing an agency removes its users.
CREATE TABLE users (
    "Id" TEXT NOT NULL,
    "AgencyId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Disabled" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "PK_users" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_users_agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES agencies ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_users_NormalizedUserName" ON users ("NormalizedUserName");
CREATE INDEX "IX_users_AgencyId" ON users ("AgencyId");
