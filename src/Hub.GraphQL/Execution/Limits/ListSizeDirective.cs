using System.Globalization;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// The arguments of <c>@listSize(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument)</c> and of
/// <c>@cost(weight)</c> on a schema element's definition node.
/// </summary>
internal sealed record ListSizeDirective(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument)
{
    public static ListSizeDirective? On(IHasDirectives? node)
    {
        var directive = node?.Directives.FirstOrDefault(d => d.Name.Value == "listSize");
        if (directive is null)
        {
            return null;
        }

        var arguments = directive.Arguments.ToDictionary(a => a.Name.Value, a => a.Value, StringComparer.Ordinal);
        return new ListSizeDirective(
            arguments.GetValueOrDefault("assumedSize") is IntValueNode size ? int.Parse(size.Value, CultureInfo.InvariantCulture) : null,
            Strings(arguments.GetValueOrDefault("slicingArguments")),
            Strings(arguments.GetValueOrDefault("sizedFields")),
            arguments.GetValueOrDefault("requireOneSlicingArgument") is not BooleanValueNode { Value: false });
    }

    /// <summary>The <c>@cost(weight: "…")</c> weight on a node, or null (HotChocolate's weight is a string).</summary>
    public static double? CostWeight(IHasDirectives? node)
    {
        var weight = node?.Directives.FirstOrDefault(d => d.Name.Value == "cost")?.Arguments.FirstOrDefault(a => a.Name.Value == "weight")?.Value;
        return weight switch
        {
            StringValueNode text when double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            IntValueNode integer => double.Parse(integer.Value, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static IReadOnlyList<string> Strings(ValueNode? value) => value switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToList(),
        StringValueNode single => [single.Value],
        _ => [],
    };
}
