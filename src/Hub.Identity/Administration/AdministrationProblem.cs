namespace Hub.Identity.Administration;

/// <summary>Why an admin operation was refused; callers map it to their own error form (CLI line, GraphQL error type).</summary>
public enum AdministrationProblem
{
    /// <summary>An agency's code, name, kind or region code is malformed or missing.</summary>
    InvalidAgency,

    /// <summary>An agency with the code already exists.</summary>
    DuplicateAgency,

    /// <summary>No agency has the code.</summary>
    AgencyNotFound,

    /// <summary>No client has the client_id.</summary>
    ClientNotFound,

    /// <summary>A scope is not in the catalogue (or its name is not a scope token).</summary>
    UnknownScope,

    /// <summary>A client secret given by hand is shorter than <see cref="IdentityAdministration.MinimumSecretLength"/>.</summary>
    SecretTooShort,

    /// <summary>A client setting is unusable: a JWKS with private parts, a non-positive lifetime, a negative overlap.</summary>
    InvalidClientSettings,

    /// <summary>No user account has the user name.</summary>
    UserNotFound,

    /// <summary>A user account with the user name already exists.</summary>
    DuplicateUser,

    /// <summary>A user name with characters outside the allowed set, or an empty one.</summary>
    InvalidUser,

    /// <summary>A password breaks the password policy; the subject names the rules broken.</summary>
    PasswordRejected,
}
