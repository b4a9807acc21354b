namespace Hub.Data.Model;

/// <summary>Classification levels of DOMAIN.md §6.2-8, from public data to privileged data.</summary>
public enum SensitivityLevel
{
    /// <summary>Public or open data.</summary>
    L1 = 1,

    /// <summary>Internal data.</summary>
    L2 = 2,

    /// <summary>Personal information.</summary>
    L3 = 3,

    /// <summary>Sensitive personal information or criminal-justice data.</summary>
    L4 = 4,

    /// <summary>Privileged (特许) or secret data.</summary>
    L5 = 5,
}
