using System.Text;
using Hub.Identity.Administration;

namespace Hub.Server.Schema.Administration;

/// <summary>
/// A refused admin change as a mutation-payload error (HotChocolate's mutation conventions): the GraphQL type
/// <c>&lt;Problem&gt;Error</c>, a stable code (<c>AGENCY_NOT_FOUND</c>), the message, and what it concerns.
/// </summary>
internal sealed record AdministrationError(string TypeName, string Code, string Message, string Subject)
{
    public string AgencyCode => Subject;

    public string ClientId => Subject;

    /// <summary>The input field at fault (<c>InvalidClientSettingsError</c>).</summary>
    public string Setting => Subject;

    /// <summary>The unknown scopes (<c>UnknownScopeError</c>); the subject lists them space-separated, as OAuth does.</summary>
    public IReadOnlyList<string> Scopes => Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public int MinimumLength => IdentityAdministration.MinimumSecretLength;

    /// <summary>The user name at fault (<c>UserNotFoundError</c>, <c>DuplicateUserError</c>, <c>InvalidUserError</c>).</summary>
    public string UserName => Subject;

    /// <summary>The password rules broken (<c>PasswordRejectedError</c>); the subject lists Identity's codes space-separated.</summary>
    public IReadOnlyList<string> Rules => Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static AdministrationError From(IdentityAdministrationException exception) =>
        new($"{exception.Problem}Error", ScreamingSnakeCase(exception.Problem.ToString()), exception.Message, exception.Subject);

    private static string ScreamingSnakeCase(string pascalCase)
    {
        var code = new StringBuilder(pascalCase.Length + 4);
        foreach (var character in pascalCase)
        {
            if (char.IsUpper(character) && code.Length > 0)
            {
                code.Append('_');
            }

            code.Append(char.ToUpperInvariant(character));
        }

        return code.ToString();
    }
}
