using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Selected fields must exist on the parent type (suggesting fragments on implementing types or similar names).</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public static readonly FieldsOnCorrectTypeRule Instance = new();

    public string Name => nameof(FieldsOnCorrectTypeRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<FieldNode>(SyntaxKind.Field, field =>
        {
            if (context.TypeInfo.ParentType is not NamedType parentType || context.TypeInfo.FieldDef is not null)
            {
                return;
            }

            var name = field.Name.Value;
            if (context.HideSuggestions)
            {
                context.ReportError(new GraphQLError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".", [field]));
                return;
            }

            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, name));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, name));
            }

            context.ReportError(new GraphQLError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{suggestion}", [field]));
        });

    // Types that have the field, when the parent is abstract: the most used interfaces first, then object types.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var suggested = new List<ComplexOutputType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.ContainsKey(fieldName))
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        return [.. suggested
            .Order(Comparer<ComplexOutputType>.Create((a, b) =>
            {
                var byUsage = usageCount[b.Name] - usageCount[a.Name];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                if (b is InterfaceType && schema.IsSubType(b, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            }))
            .Select(t => t.Name)];
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName)
        => type is ComplexOutputType complex ? Suggestions.List(fieldName, complex.Fields.Keys) : [];
}
