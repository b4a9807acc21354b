namespace Hub.Identity.Storage;

/// <summary>The client types of RFC 6749 §2.1, spelled as OpenIddict spells them.</summary>
public static class ClientTypes
{
    public const string Confidential = "confidential";
    public const string Public = "public";
}
