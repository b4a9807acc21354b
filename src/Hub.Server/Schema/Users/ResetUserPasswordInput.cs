namespace Hub.Server.Schema.Users;

/// <summary>The input of <c>resetUserPassword</c>; without a password one is generated.</summary>
public sealed record ResetUserPasswordInput(string UserName, string? Password);
