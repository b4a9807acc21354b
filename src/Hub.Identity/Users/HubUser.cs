using Hub.Identity.Storage;
using Microsoft.AspNetCore.Identity;

namespace Hub.Identity.Users;

/// <summary>
/// A person who signs in (a prosecutor, an agency's staff member): an ASP.NET Core Identity user of exactly one agency,
/// whose tokens carry at most the scopes that agency holds (<see cref="UserScopes"/>).
/// </summary>
public sealed class HubUser : IdentityUser<Guid>
{
    public Guid AgencyId { get; set; }

    public Agency Agency { get; set; } = null!;

    /// <summary>The name shown on the sign-in page and in listings, e.g. 张检察官.</summary>
    public required string DisplayName { get; set; }

    /// <summary>A disabled user cannot sign in, whatever the password; the account and its audit trail stay.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
