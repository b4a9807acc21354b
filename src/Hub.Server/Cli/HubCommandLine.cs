using System.CommandLine;
using System.Data.Common;
using System.Security.Cryptography;
using Hub.Server.Hosting;
using Hub.Supervision.Catalogue;

namespace Hub.Server.Cli;

/// <summary>
/// The <c>hub</c> command line. Without a command (or with only <c>--key=value</c> settings) it runs the server;
/// settings that name a section (<c>--Hub:…</c>) may also stand anywhere in a command (<see cref="CommandLineSettings"/>);
/// every command group lives in its own file and is registered below with one line.
/// </summary>
public static class HubCommandLine
{
    private static readonly string[] s_helpTokens = ["--help", "-h", "-?", "--version"];

    /// <summary>Runs the server or the command named by <paramref name="args"/> and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await RunCommandAsync(args);
        }
        catch (Exception exception) when (exception is HubConfigurationException or CryptographicException or SupervisionException or IOException or InvalidDataException or UnauthorizedAccessException or DbException)
        {
            // The settings, a model request, the file system, an input file or the database refused: the message says what to fix, a stack
            // trace would not.
            await Console.Error.WriteLineAsync($"hub: {exception.Message}");
            return 1;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or HostAbortedException))
        {
            // A fault in the hub itself: the whole story, for the bug report. (Test hosts stop the entry point with
            // HostAbortedException once they hold the built application; that one is theirs to see.)
            await Console.Error.WriteLineAsync($"hub: unexpected error: {exception}");
            return 1;
        }
    }

    private static async Task<int> RunCommandAsync(string[] args)
    {
        var command = CommandLineSettings.Extract(args);
        if (command.Length == 0 || (command[0].StartsWith('-') && !s_helpTokens.Contains(command[0])))
        {
            return await ServeCommand.RunServerAsync(args);
        }

        var root = new RootCommand("Hub: the GraphQL data-sharing hub for inter-agency legal supervision.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DataCommands.Create());
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(SchemaCommands.Create());
        root.Subcommands.Add(AgencyCommands.Create());
        root.Subcommands.Add(ClientCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(PoliciesCommands.Create());
        root.Subcommands.Add(ModelsCommands.Create());
        root.Subcommands.Add(CluesCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        // Exceptions reach RunAsync, which prints what the settings, files or database refused as one line.
        return await root.Parse(command).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
