using Hub.Server.Cli;

return await HubCommandLine.RunAsync(args);

/// <summary>Entry point, visible to integration tests through WebApplicationFactory.</summary>
public partial class Program;
