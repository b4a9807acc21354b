namespace Hub.Server.Hosting;

/// <summary>
/// Where the hub finds <c>appsettings.json</c>, its <c>policies</c> folder and (by default) its data folder. ASP.NET
/// Core takes the working directory, which suits <c>dotnet run</c> and a container started in the app's folder, but
/// not the <c>hub</c> executable run as a command from anywhere else: there the executable's own folder, which the
/// build fills with the settings and the policies, is the content root. An explicit <c>--contentRoot</c> or
/// <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> always wins.
/// </summary>
public static class HubContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>The options to create the application builder with.</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsExplicit(args) || File.Exists(Path.Combine(Environment.CurrentDirectory, SettingsFile))
            ? null
            : AppContext.BaseDirectory,
    };

    private static bool IsExplicit(string[] args) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
