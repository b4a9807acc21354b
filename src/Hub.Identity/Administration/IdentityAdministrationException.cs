namespace Hub.Identity.Administration;

/// <summary>An admin operation was refused; the message names the problem and the object it concerns.</summary>
public sealed class IdentityAdministrationException(string message) : Exception(message);
