using System.Globalization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// The cost of one field selection after the IBM cost directives draft as HotChocolate applies it. A field weighs its
/// <c>@cost</c> (else 10 for asynchronous resolvers, 1 for composite types, 0 for leaves) plus the <c>@cost</c> of
/// the arguments it is given; the type cost counts the objects the response may contain. Both multiply by the list
/// sizes above them: the slicing argument's value, else <c>@listSize(assumedSize:)</c>, else 1.
/// </summary>
internal sealed class FieldWeights(LimitOptions options)
{
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The cost of a field selection whose sub-selection is summarised by <paramref name="children"/>.</summary>
    public CostTally Cost(OutputField field, FieldNode node, SelectionSummary? children)
    {
        var namedType = field.Type.NamedType();
        var own = new CostTally(Weight(field, namedType) + ArgumentWeights(field, node), 0);
        var listSize = ListSizeDirective.On(field.SyntaxNode);
        var size = Size(field, node, listSize);

        // A connection's size applies to its sized child fields (edges, nodes), not to the connection itself.
        var sizesItself = listSize is not { SizedFields.Count: > 0 } && IsList(field.Type);
        if (namedType.IsCompositeType())
        {
            own += new CostTally(0, sizesItself ? size : 1);
        }

        if (children is null)
        {
            return own;
        }

        return own + (sizesItself ? size : 1) * children.Cost(listSize?.SizedFields, size);
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
