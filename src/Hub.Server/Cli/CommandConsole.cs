using Spectre.Console;

namespace Hub.Server.Cli;

/// <summary>The console that commands with progress and tables write to.</summary>
internal static class CommandConsole
{
    // Wide enough for any summary table on one line per row; tables take their natural width, not this one.
    private const int RedirectedWidth = 1024;

    /// <summary>
    /// The terminal as Spectre.Console detects it or, when standard output goes to a file or a pipe, plain text with no
    /// colour codes and no line width (Spectre's 80-column fallback cut every data set name in a summary into slivers).
    /// </summary>
    public static IAnsiConsole Create()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}
