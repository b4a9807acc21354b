using Hub.Identity.Users;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Storage;

/// <summary>The identity store (schema <c>identity</c>): agencies, clients, secrets, scopes, keys, tokens, audit, users and the shared counters.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    /// <summary>The database schema of every identity table (ignored by SQLite, which has none).</summary>
    public const string Schema = "identity";

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientSecret> ClientSecrets => Set<ClientSecret>();

    public DbSet<Scope> Scopes => Set<Scope>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<IssuedToken> IssuedTokens => Set<IssuedToken>();

    public DbSet<UsedClientAssertion> UsedClientAssertions => Set<UsedClientAssertion>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>The people who sign in (ASP.NET Core Identity's users), each of one agency.</summary>
    public DbSet<HubUser> Users => Set<HubUser>();

    /// <summary>Key lookups that found nothing, per client and hour, shared by every hub process.</summary>
    public DbSet<KeyLookupMisses> KeyLookupMisses => Set<KeyLookupMisses>();

    /// <summary>Failed client authentications not yet in the audit trail, shared by every hub process.</summary>
    public DbSet<FailedAuthenticationCount> FailedAuthenticationCounts => Set<FailedAuthenticationCount>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values, so instants are stored there as UTC ticks.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.Entity<Agency>(agency =>
        {
            agency.ToTable("agencies");
            agency.HasIndex(a => a.Code).IsUnique();
            agency.Property(a => a.Code).HasMaxLength(64);
            agency.Property(a => a.RegionCode).HasMaxLength(12);
        });

        modelBuilder.Entity<Client>(client =>
        {
            client.ToTable("clients");
            client.HasIndex(c => c.ClientId).IsUnique();
            client.Property(c => c.ClientId).HasMaxLength(Client.MaxClientIdLength);
            client.HasOne(c => c.Agency).WithMany(a => a.Clients).HasForeignKey(c => c.AgencyId);
            client.HasMany(c => c.Secrets).WithOne().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
            client.Property(c => c.Permissions).HasConversion(JsonStringList.Converter, JsonStringList.Comparer);
            client.Property(c => c.RedirectUris).HasConversion(JsonStringList.Converter, JsonStringList.Comparer);
            client.Property(c => c.PostLogoutRedirectUris).HasConversion(JsonStringList.Converter, JsonStringList.Comparer);
            client.Property(c => c.ClientType).HasMaxLength(50);
        });

        modelBuilder.Entity<ClientSecret>().ToTable("client_secrets");

        modelBuilder.Entity<Scope>(scope =>
        {
            scope.ToTable("scopes");
            scope.HasIndex(s => s.Name).IsUnique();
        });

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("signing_keys");
            key.HasKey(k => k.KeyId);
        });

        modelBuilder.Entity<IssuedToken>(token =>
        {
            token.ToTable("issued_tokens");
            token.HasKey(t => t.TokenId);
            token.HasIndex(t => t.ClientId);
            token.HasIndex(t => t.ExpiresAt);
        });

        modelBuilder.Entity<UsedClientAssertion>(assertion =>
        {
            assertion.ToTable("used_client_assertions");
            assertion.HasKey(a => new { a.ClientId, a.TokenId });
        });

        modelBuilder.Entity<HubUser>(user =>
        {
            // Identity's own model (IdentityUserContext) is not used: only the user table exists, no claims, logins or roles.
            user.ToTable("users");
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId);
        });

        modelBuilder.Entity<KeyLookupMisses>(misses =>
        {
            misses.ToTable("key_lookup_misses");
            misses.HasKey(m => new { m.ClientId, m.Hour });
        });

        modelBuilder.Entity<FailedAuthenticationCount>(count =>
        {
            count.ToTable("failed_authentication_counts");
            count.HasKey(c => new { c.Minute, c.ClientId, c.Endpoint, c.Method, c.Reason });
        });

        SignInGrantTables.Configure(modelBuilder);

        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("audit_records");
            audit.HasIndex(a => a.OccurredAt);
        });
    }
}
