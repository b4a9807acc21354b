namespace Hub.Data.Model;

/// <summary>Which national key a column holds.</summary>
public enum KeyKind
{
    /// <summary>Citizen identity number, GB 11643.</summary>
    CitizenId,

    /// <summary>Unified social credit code, GB 32100.</summary>
    CreditCode,
}
