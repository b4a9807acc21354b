namespace Hub.Server.Hosting;

/// <summary>
/// The hub cannot be composed from its configuration (a required setting is missing, the policies folder is not
/// found …). The command line prints the message alone: the fix is in the settings, not in the code.
/// </summary>
public sealed class HubConfigurationException(string message, Exception inner) : InvalidOperationException(message, inner);
