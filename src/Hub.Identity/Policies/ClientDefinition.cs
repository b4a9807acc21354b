namespace Hub.Identity.Policies;

/// <summary>
/// A client listed under its agency in <c>policies/agencies.yaml</c>, as <c>hub policies export</c> writes it: the id the
/// hub generated, its name and scopes; never a secret or key. <c>hub policies diff</c> compares it with the store;
/// <c>hub policies apply</c> neither creates nor changes clients (the hub generates ids and secrets, and a file that
/// fell behind must not revoke what an administrator granted since).
/// </summary>
public sealed record ClientDefinition(string ClientId, string Name, IReadOnlyList<string> Scopes, int Line);
