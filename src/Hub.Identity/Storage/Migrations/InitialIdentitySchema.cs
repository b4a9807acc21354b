using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Identity.Storage.Migrations;

/// <summary>
/// The first identity schema, written by hand (the EF Core design package cannot be restored here). Column types
/// follow the provider: instants are <c>timestamptz</c> on PostgreSQL and UTC ticks on SQLite.
/// </summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261121230000_InitialIdentitySchema")]
public sealed class InitialIdentitySchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var types = new ColumnTypes(migrationBuilder.ActiveProvider);
        const string schema = IdentityDbContext.Schema;
        migrationBuilder.EnsureSchema(schema);

        migrationBuilder.CreateTable("agencies", schema: schema, columns: table => new
        {
            Id = table.Column<Guid>(type: types.Guid),
            Code = table.Column<string>(type: types.Text, maxLength: 64),
            Name = table.Column<string>(type: types.Text),
            Kind = table.Column<string>(type: types.Text),
            RegionCode = table.Column<string>(type: types.Text, maxLength: 12),
            Suspended = table.Column<bool>(type: types.Boolean),
            CreatedAt = table.Column<DateTimeOffset>(type: types.Instant),
        }, constraints: table => table.PrimaryKey("PK_agencies", x => x.Id));
        migrationBuilder.CreateIndex("IX_agencies_Code", "agencies", "Code", schema: schema, unique: true);

        migrationBuilder.CreateTable("clients", schema: schema, columns: table => new
        {
            Id = table.Column<Guid>(type: types.Guid),
            ClientId = table.Column<string>(type: types.Text, maxLength: 100),
            AgencyId = table.Column<Guid>(type: types.Guid),
            DisplayName = table.Column<string>(type: types.Text),
            Permissions = table.Column<string>(type: types.Text),
            JsonWebKeySet = table.Column<string>(type: types.Text, nullable: true),
            AccessTokenLifetimeSeconds = table.Column<int>(type: types.Integer, nullable: true),
            CreatedAt = table.Column<DateTimeOffset>(type: types.Instant),
        }, constraints: table =>
        {
            table.PrimaryKey("PK_clients", x => x.Id);
            table.ForeignKey("FK_clients_agencies_AgencyId", x => x.AgencyId, "agencies", "Id", principalSchema: schema,
                onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_clients_ClientId", "clients", "ClientId", schema: schema, unique: true);
        migrationBuilder.CreateIndex("IX_clients_AgencyId", "clients", "AgencyId", schema: schema);

        migrationBuilder.CreateTable("client_secrets", schema: schema, columns: table => new
        {
            Id = table.Column<Guid>(type: types.Guid),
            ClientId = table.Column<Guid>(type: types.Guid),
            Hash = table.Column<string>(type: types.Text),
            CreatedAt = table.Column<DateTimeOffset>(type: types.Instant),
            ExpiresAt = table.Column<DateTimeOffset>(type: types.Instant, nullable: true),
        }, constraints: table =>
        {
            table.PrimaryKey("PK_client_secrets", x => x.Id);
            table.ForeignKey("FK_client_secrets_clients_ClientId", x => x.ClientId, "clients", "Id", principalSchema: schema,
                onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_client_secrets_ClientId", "client_secrets", "ClientId", schema: schema);

        migrationBuilder.CreateTable("scopes", schema: schema, columns: table => new
        {
            Id = table.Column<Guid>(type: types.Guid),
            Name = table.Column<string>(type: types.Text),
            Description = table.Column<string>(type: types.Text),
        }, constraints: table => table.PrimaryKey("PK_scopes", x => x.Id));
        migrationBuilder.CreateIndex("IX_scopes_Name", "scopes", "Name", schema: schema, unique: true);

        migrationBuilder.CreateTable("signing_keys", schema: schema, columns: table => new
        {
            KeyId = table.Column<string>(type: types.Text),
            Algorithm = table.Column<string>(type: types.Text),
            PublicJwk = table.Column<string>(type: types.Text),
            ProtectedPrivateKey = table.Column<byte[]>(type: types.Bytes),
            CreatedAt = table.Column<DateTimeOffset>(type: types.Instant),
            ActivatesAt = table.Column<DateTimeOffset>(type: types.Instant),
            RetiresAt = table.Column<DateTimeOffset>(type: types.Instant),
            ExpiresAt = table.Column<DateTimeOffset>(type: types.Instant),
        }, constraints: table => table.PrimaryKey("PK_signing_keys", x => x.KeyId));

        migrationBuilder.CreateTable("issued_tokens", schema: schema, columns: table => new
        {
            TokenId = table.Column<string>(type: types.Text),
            ClientId = table.Column<string>(type: types.Text),
            AgencyCode = table.Column<string>(type: types.Text),
            Scope = table.Column<string>(type: types.Text),
            Audience = table.Column<string>(type: types.Text),
            IssuedAt = table.Column<DateTimeOffset>(type: types.Instant),
            ExpiresAt = table.Column<DateTimeOffset>(type: types.Instant),
            RevokedAt = table.Column<DateTimeOffset>(type: types.Instant, nullable: true),
        }, constraints: table => table.PrimaryKey("PK_issued_tokens", x => x.TokenId));
        migrationBuilder.CreateIndex("IX_issued_tokens_ClientId", "issued_tokens", "ClientId", schema: schema);
        migrationBuilder.CreateIndex("IX_issued_tokens_ExpiresAt", "issued_tokens", "ExpiresAt", schema: schema);

        migrationBuilder.CreateTable("used_client_assertions", schema: schema, columns: table => new
        {
            ClientId = table.Column<string>(type: types.Text),
            TokenId = table.Column<string>(type: types.Text),
            ExpiresAt = table.Column<DateTimeOffset>(type: types.Instant),
        }, constraints: table => table.PrimaryKey("PK_used_client_assertions", x => new { x.ClientId, x.TokenId }));

        migrationBuilder.CreateTable("audit_records", schema: schema, columns: table => new
        {
            Id = table.Column<long>(type: types.BigInteger)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            OccurredAt = table.Column<DateTimeOffset>(type: types.Instant),
            Action = table.Column<string>(type: types.Text),
            Actor = table.Column<string>(type: types.Text),
            Subject = table.Column<string>(type: types.Text),
            Detail = table.Column<string>(type: types.Text),
        }, constraints: table => table.PrimaryKey("PK_audit_records", x => x.Id));
        migrationBuilder.CreateIndex("IX_audit_records_OccurredAt", "audit_records", "OccurredAt", schema: schema);

        // The audit trail is append-only in the database itself, not just by convention of the code.
        migrationBuilder.Sql(types.IsSqlite ? AppendOnlyAuditSqlite : AppendOnlyAuditPostgres);
    }

    private const string AppendOnlyAuditPostgres = """
        CREATE FUNCTION identity.reject_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'identity.audit_records is append-only'; END $$;
        CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON identity.audit_records
        FOR EACH ROW EXECUTE FUNCTION identity.reject_audit_change();
        """;

    private const string AppendOnlyAuditSqlite = """
        CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
        BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;
        CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
        BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;
        """;

    /// <summary>The store types of each provider.</summary>
    private sealed class ColumnTypes(string? provider)
    {
        public bool IsSqlite { get; } = provider?.Contains("Sqlite", StringComparison.Ordinal) == true;

        public string Guid => IsSqlite ? "TEXT" : "uuid";

        public string Text => IsSqlite ? "TEXT" : "text";

        public string Boolean => IsSqlite ? "INTEGER" : "boolean";

        public string Integer => IsSqlite ? "INTEGER" : "integer";

        public string BigInteger => IsSqlite ? "INTEGER" : "bigint";

        public string Bytes => IsSqlite ? "BLOB" : "bytea";

        public string Instant => IsSqlite ? "INTEGER" : "timestamp with time zone";
    }
}
