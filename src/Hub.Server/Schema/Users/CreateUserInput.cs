namespace Hub.Server.Schema.Users;

/// <summary>The input of <c>createUser</c>; without a password one is generated.</summary>
public sealed record CreateUserInput(string UserName, string AgencyCode, string? DisplayName, string? Password);
