using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Literal values must be coercible to the type expected where they appear (with the scalars' own messages).</summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public static readonly ValuesOfCorrectTypeRule Instance = new();

    public string Name => nameof(ValuesOfCorrectTypeRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var typeInfo = context.TypeInfo;
        var visitor = new SyntaxVisitor()
            .EnterWithAction<ListValueNode>(SyntaxKind.ListValue, list =>
            {
                // A list literal where no list is expected is checked as a whole, like any other leaf value.
                if (typeInfo.ParentInputType?.NullableType() is ListType)
                {
                    return VisitorAction.Continue;
                }

                CheckLeaf(context, list);
                return VisitorAction.Skip;
            })
            .EnterWithAction<ObjectValueNode>(SyntaxKind.ObjectValue, objectValue =>
            {
                if (typeInfo.InputType?.NamedType() is not InputObjectType type)
                {
                    CheckLeaf(context, objectValue);
                    return VisitorAction.Skip;
                }

                CheckObject(context, objectValue, type);
                return VisitorAction.Continue;
            })
            .Enter<ObjectFieldNode>(SyntaxKind.ObjectField, field =>
            {
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.NamedType() is InputObjectType parentType)
                {
                    var suggestions = context.SuggestionList(field.Name.Value, parentType.Fields.Keys);
                    context.ReportError(new GraphQLError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\".{Suggestions.DidYouMean(suggestions)}",
                        [field]));
                }
            })
            .Enter<NullValueNode>(SyntaxKind.NullValue, value =>
            {
                if (typeInfo.InputType is NonNullType type)
                {
                    context.ReportError(new GraphQLError($"Expected value of type \"{type}\", found {Printer.Print(value)}.", [value]));
                }
            });

        foreach (var kind in LeafKinds)
        {
            visitor.Enter<ValueNode>(kind, value => CheckLeaf(context, value));
        }

        return visitor;
    }

    private static readonly SyntaxKind[] LeafKinds =
    [
        SyntaxKind.EnumValue, SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
    ];

    private static void CheckObject(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given.TryAdd(field.Name.Value, field);
        }

        foreach (var field in type.Fields.Values)
        {
            if (!given.ContainsKey(field.Name) && field.Type is NonNullType && !field.HasDefaultValue)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", [node]));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type, given);
        }
    }

    // A nullable variable in a OneOf field is VariablesInAllowedPositionRule's concern (as in graphql-js 16.15).
    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> given)
    {
        if (given.Count != 1)
        {
            context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
            return;
        }

        var (key, field) = given.First();
        if (field.Value is NullValueNode)
        {
            context.ReportError(new GraphQLError($"Field \"{type.Name}.{key}\" must be non-null.", [node]));
        }
    }

    // Any value where a leaf (scalar or enum) type is expected is checked by the type's own literal parser.
    private static void CheckLeaf(ValidationContext context, ValueNode node)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.NamedType();
        if (!type.IsLeafType())
        {
            context.ReportError(new GraphQLError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", [node]));
            return;
        }

        try
        {
            // Parsing without variables: a scalar rejects a literal by throwing.
            _ = type is EnumType enumType ? enumType.ParseLiteral(node, hideSuggestions: context.HideSuggestions) : ((ScalarType)type).ParseLiteral(node);
        }
        catch (GraphQLException exception)
        {
            foreach (var error in exception.Errors)
            {
                context.ReportError(error.Locations is null ? new GraphQLError(error.Message, [node], originalError: exception) : error);
            }
        }
        catch (Exception exception)
        {
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}", [node], originalError: exception));
        }
    }
}
