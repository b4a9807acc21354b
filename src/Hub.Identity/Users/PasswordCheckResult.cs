namespace Hub.Identity.Users;

/// <summary>
/// The answer of <see cref="PasswordCheck"/>: the outcome, the user when the name is known, and the end of a lockout.
/// </summary>
public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, HubUser? User, DateTimeOffset? LockedUntil = null)
{
    public bool Succeeded => Outcome == PasswordCheckOutcome.Succeeded;
}
