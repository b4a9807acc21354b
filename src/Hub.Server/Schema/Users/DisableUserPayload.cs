using Hub.Identity.Users;
using Hub.Server.Schema.Administration;

namespace Hub.Server.Schema.Users;

/// <summary>What <c>disableUser</c> returns: the disabled user, or why it was refused.</summary>
public sealed record DisableUserPayload(HubUser? User, IReadOnlyList<AdministrationError>? Errors = null) : AdministrationPayload(Errors);
