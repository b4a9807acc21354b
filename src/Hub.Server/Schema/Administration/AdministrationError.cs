using Hub.Identity.Administration;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// A refused admin change as a mutation-payload error (HotChocolate's mutation conventions): a stable code
/// (<see cref="HubErrorCodes"/>), the message, and what it concerns. Its GraphQL type is its CLR type's name.
/// </summary>
public abstract record AdministrationError(string Code, string Message)
{
    /// <summary>The error for a refused change.</summary>
    public static AdministrationError From(IdentityAdministrationException exception) => exception.Problem switch
    {
        AdministrationProblem.InvalidAgency => new InvalidAgencyError(exception.Message, exception.Subject),
        AdministrationProblem.DuplicateAgency => new DuplicateAgencyError(exception.Message, exception.Subject),
        AdministrationProblem.AgencyNotFound => new AgencyNotFoundError(exception.Message, exception.Subject),
        AdministrationProblem.ClientNotFound => new ClientNotFoundError(exception.Message, exception.Subject),
        // The subject lists the unknown scopes space-separated, as OAuth does.
        AdministrationProblem.UnknownScope => new UnknownScopeError(exception.Message, exception.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        AdministrationProblem.SecretTooShort => new SecretTooShortError(exception.Message, IdentityAdministration.MinimumSecretLength),
        AdministrationProblem.InvalidClientSettings => new InvalidClientSettingsError(exception.Message, exception.Subject),
        AdministrationProblem.UserNotFound => new UserNotFoundError(exception.Message, exception.Subject),
        AdministrationProblem.DuplicateUser => new DuplicateUserError(exception.Message, exception.Subject),
        AdministrationProblem.InvalidUser => new InvalidUserError(exception.Message, exception.Subject),
        // The subject lists ASP.NET Core Identity's codes of the rules broken, space-separated.
        AdministrationProblem.PasswordRejected => new PasswordRejectedError(exception.Message, exception.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        _ => throw new ArgumentOutOfRangeException(nameof(exception), exception.Problem, "An administration problem without an error type."),
    };
}

/// <summary>An agency's code, name, kind or region code is malformed or missing.</summary>
public sealed record InvalidAgencyError(string Message, string AgencyCode) : AdministrationError(HubErrorCodes.InvalidAgency, Message);

/// <summary>An agency with the code already exists.</summary>
public sealed record DuplicateAgencyError(string Message, string AgencyCode) : AdministrationError(HubErrorCodes.DuplicateAgency, Message);

/// <summary>No agency has the code.</summary>
public sealed record AgencyNotFoundError(string Message, string AgencyCode) : AdministrationError(HubErrorCodes.AgencyNotFound, Message);

/// <summary>No client has the client_id.</summary>
public sealed record ClientNotFoundError(string Message, string ClientId) : AdministrationError(HubErrorCodes.ClientNotFound, Message);

/// <summary>Scopes that are not in the catalogue.</summary>
public sealed record UnknownScopeError(string Message, IReadOnlyList<string> Scopes) : AdministrationError(HubErrorCodes.UnknownScope, Message);

/// <summary>A client secret given by hand is too short.</summary>
public sealed record SecretTooShortError(string Message, int MinimumLength) : AdministrationError(HubErrorCodes.SecretTooShort, Message);

/// <summary>An unusable client setting; <paramref name="Setting"/> is the input field at fault.</summary>
public sealed record InvalidClientSettingsError(string Message, string Setting) : AdministrationError(HubErrorCodes.InvalidClientSettings, Message);

/// <summary>No user has the user name.</summary>
public sealed record UserNotFoundError(string Message, string UserName) : AdministrationError(HubErrorCodes.UserNotFound, Message);

/// <summary>A user with the user name already exists.</summary>
public sealed record DuplicateUserError(string Message, string UserName) : AdministrationError(HubErrorCodes.DuplicateUser, Message);

/// <summary>A user name or display name that Identity refuses.</summary>
public sealed record InvalidUserError(string Message, string UserName) : AdministrationError(HubErrorCodes.InvalidUser, Message);

/// <summary>A password that breaks the password rules; <paramref name="Rules"/> are Identity's codes of the rules broken.</summary>
public sealed record PasswordRejectedError(string Message, IReadOnlyList<string> Rules) : AdministrationError(HubErrorCodes.PasswordRejected, Message);
