using System.CommandLine;
using System.Globalization;
using Hub.Server.Hosting;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Commands;
using Hub.Supervision.Running;

namespace Hub.Server.Cli;

/// <summary><c>hub models list|run|evaluate</c>: the supervision-model catalogue, runs and their scoring against a manifest.</summary>
internal static class ModelsCommands
{
    public static Command Create() => new("models", "Supervision models: list them, run them, score their clues.")
    {
        List(),
        Run(),
        Evaluate(),
    };

    private static Command List()
    {
        var command = new Command("list", "List the models with their rule elements, inputs, parameters and department.");
        command.SetAction(_ => ModelsListCommand.Run(CommandConsole.Create()));
        return command;
    }

    private static Command Run()
    {
        var model = new Option<string[]>("--model") { Description = "A model id (repeatable), e.g. M01.", AllowMultipleArgumentsPerToken = false };
        var all = new Option<bool>("--all") { Description = "Run every model of the catalogue." };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The date the rules treat as today (yyyy-MM-dd; default: today).",
            CustomParser = result => DateOnly.TryParseExact(result.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Refuse<DateOnly?>(result, $"--as-of '{result.Tokens.Single().Value}' is not a date (yyyy-MM-dd)."),
        };
        var region = new Option<string>("--region") { Description = "Jurisdiction region code (picks regional thresholds).", DefaultValueFactory = _ => RunRequest.DefaultRegion };
        var parameters = new Option<string[]>("--param") { Description = "A parameter override name=value (repeatable), e.g. theftLarge=3000." };
        parameters.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !t.Value.Contains('=', StringComparison.Ordinal) || t.Value.StartsWith('=')))
            {
                result.AddError($"--param '{token.Value}' is not name=value.");
            }
        });
        var command = new Command("run", "Run models on the shared data and store their clues (--model ID or --all).") { model, all, asOf, region, parameters };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(model) is { Length: > 0 }))
            {
                result.AddError("Give either --model ID or --all.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var ids = parse.GetValue(all) ? ModelCatalogue.All.Select(m => m.Id).ToArray() : parse.GetValue(model)!;
            var overrides = (parse.GetValue(parameters) ?? []).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            return await ModelsRunCommand.RunAsync(HubApplication.Database(CommandLineSettings.Current), ids, parse.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today), parse.GetValue(region)!, overrides,
                $"cli:{Environment.UserName}", CommandConsole.Create(), cancellationToken);
        });
        return command;
    }

    private static Command Evaluate()
    {
        var manifest = new Option<string>("--manifest") { Description = "The generator's expected-clues.json.", Required = true };
        var command = new Command("evaluate", "Score the stored clues against a manifest: precision and recall per model; exit code 1 below 100 %.") { manifest };
        command.SetAction(async (parse, cancellationToken) =>
            await ModelsEvaluateCommand.RunAsync(HubApplication.Database(CommandLineSettings.Current), parse.GetValue(manifest)!, CommandConsole.Create(), cancellationToken));
        return command;
    }

    private static T? Refuse<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
