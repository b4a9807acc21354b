namespace Hub.Server.Schema.Users;

/// <summary>The input of <c>disableUser</c>.</summary>
public sealed record DisableUserInput(string UserName);
