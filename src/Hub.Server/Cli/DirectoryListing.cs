using System.Globalization;
using System.Text.Json;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Hub.Server.Cli;

/// <summary>
/// The agency directory and its clients as <c>hub agency list|show</c> and <c>hub client list|show</c> print them: a
/// table for a person, <c>--json</c> for a script. Secrets are never shown, only how many there are and when they expire.
/// </summary>
internal static class DirectoryListing
{
    /// <summary>Every agency, by code, with its number of clients.</summary>
    public static async Task ListAgenciesAsync(IServiceProvider services, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code)
            .Select(a => new AgencyEntry(a.Code, a.Name, a.Kind, a.RegionCode, a.Suspended, a.Clients.Count))
            .ToListAsync(cancellationToken);
        PrintAgencies(json, agencies);
    }

    /// <summary>One agency and its clients; an unknown code is an error naming it.</summary>
    public static async Task ShowAgencyAsync(IServiceProvider services, string code, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new InvalidOperationException($"Agency '{code}' does not exist.");
        var clients = await ClientsAsync(db, agency.Code, cancellationToken);
        var entry = new AgencyEntry(agency.Code, agency.Name, agency.Kind, agency.RegionCode, agency.Suspended, clients.Count);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { agency = entry, clients }, JsonOptions));
            return;
        }

        PrintAgencies(json: false, [entry]);
        PrintClients(json: false, clients);
    }

    /// <summary>Every client, or those of one agency, by client id.</summary>
    public static async Task ListClientsAsync(IServiceProvider services, string? agency, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        PrintClients(json, await ClientsAsync(db, agency, cancellationToken));
    }

    /// <summary>One client; an unknown id is an error naming it.</summary>
    public static async Task ShowClientAsync(IServiceProvider services, string clientId, bool json, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(cancellationToken);
        var client = (await ClientsAsync(db, agency: null, cancellationToken, clientId)).SingleOrDefault()
            ?? throw new InvalidOperationException($"Client '{clientId}' does not exist.");
        PrintClients(json, [client], single: true);
    }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static async Task<List<ClientEntry>> ClientsAsync(IdentityDbContext db, string? agency, CancellationToken cancellationToken, string? clientId = null)
    {
        var now = DateTimeOffset.UtcNow;
        var clients = db.Clients.AsNoTracking().Include(c => c.Agency).Include(c => c.Secrets).AsSplitQuery();
        if (agency is not null)
        {
            clients = clients.Where(c => c.Agency.Code == agency);
        }

        if (clientId is not null)
        {
            clients = clients.Where(c => c.ClientId == clientId);
        }

        return (await clients.ToListAsync(cancellationToken))
            .OrderBy(c => c.ClientId, StringComparer.Ordinal)
            .Select(c => new ClientEntry(
                c.ClientId,
                c.Agency.Code,
                c.DisplayName,
                [.. ClientPermissions.Scopes(c.Permissions).Order(StringComparer.Ordinal)],
                c.IsPublic ? "none (public)" : c.JsonWebKeySet is null ? "client_secret" : "private_key_jwt",
                c.Disabled,
                c.Secrets.Count(s => s.ExpiresAt is null || s.ExpiresAt > now),
                c.Secrets.Where(s => s.ExpiresAt > now).Select(s => s.ExpiresAt).Min()))
            .ToList();
    }

    private static void PrintAgencies(bool json, IReadOnlyList<AgencyEntry> agencies) =>
        Print(json, agencies, ["Code", "Name", "Kind", "Region", "Suspended", "Clients"],
            a => [a.Code, a.Name, a.Kind, a.Region, a.Suspended ? "yes" : "no", a.Clients.ToString(CultureInfo.InvariantCulture)]);

    private static void PrintClients(bool json, IReadOnlyList<ClientEntry> clients, bool single = false)
    {
        if (json && single)
        {
            Console.WriteLine(JsonSerializer.Serialize(clients[0], JsonOptions));
            return;
        }

        Print(json, clients, ["Client id", "Agency", "Name", "Scopes", "Authentication", "Disabled", "Live secrets", "Next expiry (UTC)"],
            c => [c.ClientId, c.Agency, c.DisplayName, string.Join(' ', c.Scopes), c.Authentication, c.Disabled ? "yes" : "no",
                c.LiveSecrets.ToString(CultureInfo.InvariantCulture), c.NextSecretExpiry?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""]);
    }

    /// <summary>Rows as a JSON array, or as a table with the given columns for a person.</summary>
    internal static void Print<T>(bool json, IReadOnlyList<T> rows, string[] columns, Func<T, string[]> cells)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(rows, JsonOptions));
            return;
        }

        var table = new Table().AddColumns(columns);
        foreach (var row in rows)
        {
            table.AddRow(cells(row).Select(Markup.Escape).ToArray());
        }

        CommandConsole.Create().Write(table);
    }

    /// <summary>An agency as the listing shows it.</summary>
    private sealed record AgencyEntry(string Code, string Name, string Kind, string Region, bool Suspended, int Clients);

    /// <summary>A client as the listing shows it: never a secret, only how many are live and the next expiry.</summary>
    private sealed record ClientEntry(
        string ClientId, string Agency, string DisplayName, IReadOnlyList<string> Scopes, string Authentication, bool Disabled, int LiveSecrets, DateTimeOffset? NextSecretExpiry);
}
