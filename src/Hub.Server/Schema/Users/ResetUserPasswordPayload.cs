using Hub.Identity.Users;
using Hub.Server.Schema.Administration;

namespace Hub.Server.Schema.Users;

/// <summary>What <c>resetUserPassword</c> returns: the user and a generated password, or why it was refused.</summary>
public sealed record ResetUserPasswordPayload(HubUser? User, string? GeneratedPassword, IReadOnlyList<AdministrationError>? Errors = null) : AdministrationPayload(Errors);
