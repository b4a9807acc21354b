using Spectre.Console;
using Spectre.Console.Rendering;

namespace Hub.Server.Cli;

/// <summary>A progress column showing the rows per second an import task reports.</summary>
internal sealed class RowsPerSecondColumn : ProgressColumn
{
    private const string Key = "rows-per-second";

    /// <summary>Records the current rate on the task.</summary>
    public static void Report(ProgressTask task, double rate) => task.State.Update<double>(Key, _ => rate);

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Markup($"[blue]{task.State.Get<double>(Key):N0} rows/s[/]");
}
