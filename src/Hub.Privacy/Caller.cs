namespace Hub.Privacy;

/// <summary>
/// Who reads, as the privacy rules need to know it: what the caller's access token says (the host reads its claims).
/// </summary>
/// <param name="ClientId">The OAuth client, or null for an anonymous caller.</param>
/// <param name="Agency">The code of the client's agency (e.g. <c>PSB-330700</c>).</param>
/// <param name="AgencyKind">The agency's kind (e.g. <c>procuratorate</c>).</param>
/// <param name="Region">The GB/T 2260 code of the agency's region.</param>
/// <param name="Scopes">The scopes the token grants.</param>
public sealed record Caller(string? ClientId, string? Agency, string? AgencyKind, string? Region, IReadOnlySet<string> Scopes)
{
    /// <summary>How the audit names a caller without a client id.</summary>
    public const string AnonymousActor = "(anonymous)";

    /// <summary>The client id, or <see cref="AnonymousActor"/>.</summary>
    public string Actor => ClientId ?? AnonymousActor;
}
