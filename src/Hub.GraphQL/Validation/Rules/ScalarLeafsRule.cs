using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Leaf fields (scalars, enums) must not have a selection set; other fields must.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public static readonly ScalarLeafsRule Instance = new();

    public string Name => nameof(ScalarLeafsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<FieldNode>(SyntaxKind.Field, field =>
        {
            if (context.TypeInfo.Type is not { } type)
            {
                return;
            }

            var name = field.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", [selectionSet]));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                    [field]));
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{name}\" of type \"{type}\" must have at least one field selected.", [field]));
            }
        });
}
