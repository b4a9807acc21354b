namespace Hub.Identity.Validation;

/// <summary>Names of the resource-side bearer authentication.</summary>
public static class HubBearerDefaults
{
    /// <summary>The authentication scheme that validates the hub's access tokens.</summary>
    public const string AuthenticationScheme = "Bearer";

    /// <summary>The authentication property carrying the scope a forbidden request lacked.</summary>
    public const string RequiredScopeProperty = "hub:required_scope";
}
