using System.CommandLine;
using Hub.Server.Hosting;

namespace Hub.Server.Cli;

/// <summary><c>hub serve</c>: runs the server (also what <c>hub</c> does without a command).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var settings = new Argument<string[]>("settings")
        {
            Description = "Host settings such as --urls http://0.0.0.0:8080 or --Hub:Database:Provider=PostgreSql.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("serve", "Run the GraphQL server (the default without a command).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(settings);
        command.SetAction((parseResult, _) =>
            RunServerAsync([.. CommandLineSettings.Current, .. parseResult.GetValue(settings) ?? [], .. parseResult.UnmatchedTokens]));
        return command;
    }

    public static async Task<int> RunServerAsync(string[] args)
    {
        await using var app = HubApplication.Build(args);
        // Taken before running: RunAsync disposes the services when the host stops.
        var backgroundServices = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        await app.RunAsync();

        // A background service that failed stopped the host (BackgroundServiceExceptionBehavior.StopHost), which on its
        // own would end the process with 0, the status of a requested stop: supervisors would not restart it.
        var failed = backgroundServices.FirstOrDefault(service => service.ExecuteTask is { IsFaulted: true });
        if (failed?.ExecuteTask?.Exception?.GetBaseException() is { } exception)
        {
            await Console.Error.WriteLineAsync($"hub: stopped because {failed.GetType().Name} failed: {exception.Message}");
            return 1;
        }

        return 0;
    }
}
