using Microsoft.AspNetCore.Authentication;

namespace Hub.Identity.Validation;

/// <summary>Settings of the resource-side bearer handler.</summary>
public sealed class HubBearerOptions : AuthenticationSchemeOptions
{
    /// <summary>The audiences this resource accepts; empty means the server's default resource.</summary>
    public List<string> Audiences { get; set; } = [];

    /// <summary>Checks each token's jti against the shared revocation list.</summary>
    public bool CheckRevocation { get; set; } = true;
}
