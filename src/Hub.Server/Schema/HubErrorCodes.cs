namespace Hub.Server.Schema;

/// <summary>
/// The <c>extensions.code</c> and payload <c>code</c> values of the hub's own errors, all in one place so that none is
/// spelled twice or reused for another meaning. The engine's codes (<c>HC…</c>, <c>AUTH_…</c>) are in
/// <c>Hub.GraphQL.Errors.ErrorCodes</c>; the OAuth endpoints answer with the RFC 6749 strings of <c>OAuthErrorCodes</c>.
/// </summary>
public static class HubErrorCodes
{
    /// <summary>An argument that must be a citizen identity number (GB 11643) is not one.</summary>
    public const string InvalidIdNumber = "HUB_INVALID_ID_NUMBER";

    /// <summary>An argument that must be a unified social credit code (GB 32100) is not one.</summary>
    public const string InvalidUscc = "HUB_INVALID_USCC";

    /// <summary>The reveal reason is longer than the audit keeps, invisible, or does not name a case or clue and why.</summary>
    public const string InvalidReason = "HUB_INVALID_REASON";

    /// <summary>A date range whose <c>from</c> is after its <c>to</c>.</summary>
    public const string InvalidDateRange = "HUB_INVALID_DATE_RANGE";

    /// <summary>A <c>where</c> or <c>order</c> that would tell more about a personal field than its masked value shows.</summary>
    public const string MaskedFieldFilter = "HUB_MASKED_FIELD_FILTER";

    /// <summary>The client has made too many key lookups that found nothing this hour (identity-number enumeration).</summary>
    public const string KeyLookupLimit = "HUB_KEY_LOOKUP_LIMIT";

    /// <summary>A <c>node</c>/<c>nodes</c> id that is not the global id of an object the hub serves.</summary>
    public const string InvalidNodeId = "HUB_INVALID_NODE_ID";

    /// <summary>The field, or the whole request, needed the database while it was unreachable.</summary>
    public const string DatabaseUnavailable = "HUB_DATABASE_UNAVAILABLE";

    /// <summary>An admin change named an agency with a malformed or missing code, name, kind or region code.</summary>
    public const string InvalidAgency = "INVALID_AGENCY";

    /// <summary>An admin change would create an agency whose code exists.</summary>
    public const string DuplicateAgency = "DUPLICATE_AGENCY";

    /// <summary>An admin change named an agency code no agency has.</summary>
    public const string AgencyNotFound = "AGENCY_NOT_FOUND";

    /// <summary>An admin change named a client_id no client has.</summary>
    public const string ClientNotFound = "CLIENT_NOT_FOUND";

    /// <summary>An admin change named scopes that are not in the catalogue.</summary>
    public const string UnknownScope = "UNKNOWN_SCOPE";

    /// <summary>A client secret given by hand is too short.</summary>
    public const string SecretTooShort = "SECRET_TOO_SHORT";

    /// <summary>An unusable client setting (a JWKS with private parts, a non-positive lifetime, a negative overlap).</summary>
    public const string InvalidClientSettings = "INVALID_CLIENT_SETTINGS";

    /// <summary>An admin change named a user that does not exist.</summary>
    public const string UserNotFound = "USER_NOT_FOUND";

    /// <summary>An admin change would create a user whose name is taken.</summary>
    public const string DuplicateUser = "DUPLICATE_USER";

    /// <summary>An admin change gave a user name or display name that is refused.</summary>
    public const string InvalidUser = "INVALID_USER";

    /// <summary>An admin change gave a password that breaks the password rules.</summary>
    public const string PasswordRejected = "PASSWORD_REJECTED";

    /// <summary>A supervision run named a model that does not exist.</summary>
    public const string UnknownSupervisionModel = "UNKNOWN_SUPERVISION_MODEL";

    /// <summary>A supervision run was given a parameter the model lacks or a value out of type or range.</summary>
    public const string InvalidModelParameter = "INVALID_MODEL_PARAMETER";

    /// <summary>Another run of the same model holds its lock.</summary>
    public const string ModelAlreadyRunning = "MODEL_ALREADY_RUNNING";

    /// <summary>A region-bound caller asked for a model run outside its jurisdiction.</summary>
    public const string RegionOutsideJurisdiction = "REGION_OUTSIDE_JURISDICTION";
}
