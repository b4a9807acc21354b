namespace Hub.Identity.Tokens;

/// <summary>The claim names of the hub's access tokens beyond the registered ones of RFC 9068 §2.2.</summary>
public static class AccessTokenClaims
{
    public const string ClientId = "client_id";
    public const string Scope = "scope";

    /// <summary>The code of the client's agency (e.g. <c>PSB-330700</c>): an organisation, never a person.</summary>
    public const string Agency = "agency";

    /// <summary>The agency's kind (e.g. <c>procuratorate</c>), which decides whether it reads other providers' rows.</summary>
    public const string AgencyKind = "agency_kind";

    /// <summary>The administrative-division code of the agency's region.</summary>
    public const string Region = "region";

    /// <summary>The JWT <c>typ</c> of access tokens (RFC 9068 §2.1) and its media-type form.</summary>
    public const string TokenType = "at+jwt";

    public const string TokenMediaType = "application/at+jwt";
}
