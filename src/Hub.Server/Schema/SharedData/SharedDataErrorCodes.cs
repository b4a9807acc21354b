namespace Hub.Server.Schema.SharedData;

/// <summary>The <c>extensions.code</c> values of shared-data argument errors (the error also names the argument).</summary>
public static class SharedDataErrorCodes
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
}
