namespace Hub.Identity.Administration;

/// <summary>
/// An admin operation was refused; the message names the problem and the object it concerns, <see cref="Subject"/>
/// is that object (agency code, client_id, or the space-separated unknown scopes).
/// </summary>
public sealed class IdentityAdministrationException(AdministrationProblem problem, string subject, string message) : Exception(message)
{
    /// <summary>Why the operation was refused.</summary>
    public AdministrationProblem Problem { get; } = problem;

    /// <summary>What the problem concerns.</summary>
    public string Subject { get; } = subject;
}
