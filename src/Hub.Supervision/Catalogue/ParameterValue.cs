using System.Globalization;

namespace Hub.Supervision.Catalogue;

/// <summary>A parameter's value in a run: a number or a list of words.</summary>
public sealed record ParameterValue(decimal? Number, IReadOnlyList<string>? Words)
{
    /// <summary>Parses <paramref name="text"/> as <paramref name="parameter"/>'s kind and checks its range.</summary>
    public static ParameterValue Parse(string modelId, ModelParameter parameter, string text)
    {
        if (parameter.Kind == ParameterKind.TextList)
        {
            var words = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 0 ? new ParameterValue(null, words)
                : throw new InvalidParameterValueException(modelId, parameter.Name, text, "a list of words separated by '|'");
        }

        var style = parameter.Kind == ParameterKind.Integer ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidParameterValueException(modelId, parameter.Name, text, parameter.Kind == ParameterKind.Integer ? "a whole number" : "a decimal number");
        }

        return Checked(modelId, parameter, number);
    }

    /// <summary>A number checked against the parameter's range.</summary>
    public static ParameterValue Checked(string modelId, ModelParameter parameter, decimal number)
    {
        if (number < parameter.Minimum || number > parameter.Maximum)
        {
            throw new InvalidParameterValueException(modelId, parameter.Name, number.ToString(CultureInfo.InvariantCulture),
                $"a number from {parameter.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to {parameter.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞"}");
        }

        return new ParameterValue(number, null);
    }

    /// <summary>The value as written on a command line.</summary>
    public override string ToString() => Words is not null ? string.Join('|', Words) : Number!.Value.ToString(CultureInfo.InvariantCulture);
}
