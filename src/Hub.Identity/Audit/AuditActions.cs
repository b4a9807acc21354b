namespace Hub.Identity.Audit;

/// <summary>The actions recorded in the audit trail.</summary>
public static class AuditActions
{
    public const string TokenIssued = "token.issued";
    public const string TokenRevoked = "token.revoked";

    /// <summary>A person's code or refresh token refused: replayed, or the user disabled or the agency suspended since.</summary>
    public const string TokenRefused = "token.refused";
    public const string AuthenticationFailed = "client.authentication_failed";
    public const string AgencyCreated = "agency.created";
    public const string AgencyUpdated = "agency.updated";
    public const string AgencySuspended = "agency.suspended";
    public const string AgencyReinstated = "agency.reinstated";
    public const string ClientCreated = "client.created";

    /// <summary>A public client's name, agency, redirect URIs or scopes changed by the policy files.</summary>
    public const string ClientUpdated = "client.updated";
    public const string SecretAdded = "client.secret_added";
    public const string SecretsExpired = "client.secrets_expired";
    public const string ScopeGranted = "client.scope_granted";
    public const string ScopeRevoked = "client.scope_revoked";
    public const string ClientDisabled = "client.disabled";
    public const string ClientEnabled = "client.enabled";
    public const string TokensRevoked = "client.tokens_revoked";
    public const string ScopeDefined = "scope.defined";
    public const string SigningKeyRotated = "signing_key.rotated";
    public const string UserCreated = "user.created";
    public const string UserDisabled = "user.disabled";
    public const string UserPasswordReset = "user.password_reset";
    public const string SignInSucceeded = "user.signin.succeeded";
    public const string SignInFailed = "user.signin.failed";
    public const string SignedOut = "user.signout";

    /// <summary>A sign-in refused because the account is locked, or the failure that locked it.</summary>
    public const string SignInLocked = "user.signin.locked";

    /// <summary>A GraphQL read of shared data (one record per field resolution or DataLoader batch).</summary>
    public const string DataRead = "data.read";

    /// <summary>A read of shared data that showed personal fields in full, with the caller's reason.</summary>
    public const string DataRevealed = "data.reveal";

    /// <summary>An operator's export of data with full identifiers (e.g. <c>hub clues export</c>).</summary>
    public const string DataExported = "data.export";

    /// <summary>A client reached the limit of key lookups that found nothing in an hour: likely enumeration of identity numbers.</summary>
    public const string KeyEnumerationAlert = "alert.key_enumeration";
}
