using Hub.Data.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Spectre.Console;

namespace Hub.Supervision.Commands;

/// <summary><c>hub models run</c>: runs one model or all of them, one after another, with a progress display and a summary.</summary>
public static class ModelsRunCommand
{
    /// <summary>
    /// Runs the models; returns 0 when every run succeeded. A refused request (unknown model or parameter, bad value)
    /// throws <see cref="SupervisionException"/> before anything runs; a run that fails is recorded and rethrown.
    /// </summary>
    public static async Task<int> RunAsync(HubDatabase database, IReadOnlyList<string> modelIds, DateOnly asOf, string regionCode,
        IReadOnlyDictionary<string, string> parameters, string startedBy, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var models = modelIds.Select(ModelCatalogue.Find).ToArray();
        await database.MigrateAsync(cancellationToken);
        var runner = new ModelRunner(database.Options);
        var runs = new List<ModelRun>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = models.ToDictionary(m => m.Id, m => progress.AddTask(m.Id, autoStart: false, maxValue: 1));
                foreach (var model in models)
                {
                    var task = tasks[model.Id].IsIndeterminate(true);
                    task.StartTask();
                    runs.Add(await runner.RunAsync(new RunRequest(model.Id, asOf, regionCode, parameters, startedBy), cancellationToken));
                    task.IsIndeterminate(false).Value = 1;
                }
            });

        var table = new Table().AddColumns("model", "run", "rows read", "created", "already known", "unchanged", "seconds");
        foreach (var run in runs)
        {
            table.AddRow(run.ModelId, run.Id.ToString(), $"{run.RowsRead:N0}", $"{run.CluesCreated:N0}", $"{run.CluesAlreadyKnown:N0}", $"{run.CluesUnchanged:N0}",
                $"{(run.EndedAt!.Value - run.StartedAt).TotalSeconds:F1}");
        }

        console.Write(table);
        return 0;
    }
}
