namespace Hub.Identity.Users;

/// <summary>How a password check ended; only <see cref="Succeeded"/> lets the person in.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>The password is right and the user, its account and its agency are in good standing.</summary>
    Succeeded,

    /// <summary>No such user, or a wrong password (the two are not told apart to the person signing in).</summary>
    Failed,

    /// <summary>Too many wrong passwords: the account is locked until <see cref="PasswordCheckResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The password is right but the account is disabled.</summary>
    Disabled,

    /// <summary>The password is right but the user's agency is suspended.</summary>
    AgencySuspended,
}
