using System.Globalization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Static cost analysis after the IBM cost directives draft as HotChocolate applies it. A field weighs its
/// <c>@cost</c> (else 10 for asynchronous resolvers, 1 for composite types, 0 for leaves) plus the <c>@cost</c> of
/// the arguments it is given; the type cost counts the objects the response may contain. Both multiply by the list
/// sizes above them: the slicing argument's value, else <c>@listSize(assumedSize:)</c>, else 1.
/// </summary>
internal sealed class CostAnalyzer(FragmentExpansion expansion, LimitOptions options)
{
    public double FieldCost { get; private set; }

    public double TypeCost { get; private set; }

    public List<GraphQLError> Errors { get; } = [];

    public void Analyze(SelectionSetNode selectionSet, NamedType rootType)
    {
        TypeCost += 1;
        Walk(selectionSet, rootType, multiplier: 1, sizedFields: null, sizedFieldSize: 1);
    }

    private void Walk(SelectionSetNode selectionSet, NamedType parentType, double multiplier, IReadOnlyList<string>? sizedFields, double sizedFieldSize)
    {
        foreach (var selected in expansion.Fields(selectionSet, parentType))
        {
            var field = FragmentExpansion.Definition(selected);
            if (field is null)
            {
                continue;
            }

            // A connection's size applies to its sized child fields (edges, nodes), not to the connection itself.
            var fieldMultiplier = sizedFields?.Contains(selected.Node.Name.Value) == true ? multiplier * sizedFieldSize : multiplier;
            var namedType = field.Type.NamedType();
            FieldCost += fieldMultiplier * (Weight(field, namedType) + ArgumentWeights(field, selected.Node));

            var listSize = ListSizeDirective.On(field.SyntaxNode);
            var size = Size(field, selected.Node, listSize);
            if (namedType.IsCompositeType())
            {
                var instances = listSize is { SizedFields.Count: > 0 } || !IsList(field.Type) ? 1 : size;
                TypeCost += fieldMultiplier * instances;
            }

            if (selected.Node.SelectionSet is { } children)
            {
                var childMultiplier = listSize is { SizedFields.Count: > 0 } || !IsList(field.Type) ? fieldMultiplier : fieldMultiplier * size;
                Walk(children, namedType, childMultiplier, listSize?.SizedFields, size);
            }
        }
    }

    private double Weight(OutputField field, NamedType namedType)
    {
        if (ListSizeDirective.CostWeight(field.SyntaxNode) is { } weight)
        {
            return weight;
        }

        if (!options.ApplyCostDefaults)
        {
            return 0;
        }

        if (field.ContextData.GetValueOrDefault(CostContextKeys.AsyncResolver) is true)
        {
            return options.DefaultResolverCost;
        }

        return namedType.IsCompositeType() ? 1 : 0;
    }

    private static double ArgumentWeights(OutputField field, FieldNode node)
        => node.Arguments.Sum(argument => ListSizeDirective.CostWeight(field.GetArgument(argument.Name.Value)?.SyntaxNode) ?? 0);

    /// <summary>The list size of a field: the given slicing argument, else its default, else the assumed size, else 1.</summary>
    private double Size(OutputField field, FieldNode node, ListSizeDirective? listSize)
    {
        if (listSize is null)
        {
            return 1;
        }

        var given = listSize.SlicingArguments
            .Select(name => (Name: name, Value: node.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value))
            .Where(a => a.Value is not null and not NullValueNode)
            .ToList();
        if (listSize.SlicingArguments.Count > 0 && listSize.RequireOneSlicingArgument && given.Count != 1)
        {
            Errors.Add(LimitErrors.ExactlyOneSlicingArgument(node, listSize.SlicingArguments));
        }

        var sliced = given.Select(a => IntegerOf(a.Value!)).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(-1).Max();
        if (sliced >= 0)
        {
            return sliced;
        }

        var defaults = listSize.SlicingArguments
            .Select(name => field.GetArgument(name)?.DefaultValue)
            .OfType<int>()
            .DefaultIfEmpty(-1)
            .Max();
        return defaults >= 0 ? defaults : listSize.AssumedSize ?? 1;
    }

    private int? IntegerOf(ValueNode value) => value switch
    {
        IntValueNode integer when int.TryParse(integer.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        VariableNode variable => options.Variables?.GetValueOrDefault(variable.Name.Value) switch
        {
            int number => number,
            long number => (int)Math.Min(number, int.MaxValue),
            _ => null,
        },
        _ => null,
    };

    private static bool IsList(IGraphQLType type) => type.NullableType() is ListType;
}
