namespace Hub.Identity.Users;

/// <summary>A created user or a reset password, with the generated password when the hub chose it (shown once, never stored in clear).</summary>
public sealed record UserPasswordChange(HubUser User, string? GeneratedPassword);
