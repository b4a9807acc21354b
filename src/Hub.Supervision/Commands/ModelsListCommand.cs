using Hub.Supervision.Catalogue;
using Spectre.Console;

namespace Hub.Supervision.Commands;

/// <summary><c>hub models list</c>: the catalogue with each model's rule elements, inputs, parameters and department.</summary>
public static class ModelsListCommand
{
    /// <summary>Prints one row per model; returns 0.</summary>
    public static int Run(IAnsiConsole console)
    {
        var table = new Table().AddColumns("id", "version", "title", "rule elements", "inputs", "parameters (default)", "department", "sealed rows");
        foreach (var model in ModelCatalogue.All)
        {
            table.AddRow(
                Markup.Escape(model.Id),
                model.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape($"{model.TitleZh} / {model.TitleEn}"),
                Markup.Escape($"{model.Elements.SpecialCampaign} · {model.Elements.Domain} · {model.Elements.SupervisionPoint}"),
                Markup.Escape(string.Join(", ", model.InputNames)),
                Markup.Escape(string.Join(", ", model.Parameters.Select(p => $"{p.Name}={p.Default ?? $"legal_threshold:{p.ThresholdTopic}"}"))),
                Markup.Escape(model.ResponsibleDepartment),
                model.SealedRowsBasis is null ? "no" : "yes");
        }

        console.Write(table);
        return 0;
    }
}
