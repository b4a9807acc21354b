using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>An input object literal must not give the same field twice.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule, ISdlValidationRule
{
    public static readonly UniqueInputFieldNamesRule Instance = new();

    public string Name => nameof(UniqueInputFieldNamesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => Create(context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => Create(context);

    private static SyntaxVisitor Create(DocumentValidationContext context)
    {
        var outer = new Stack<Dictionary<string, NameNode>>();
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return new SyntaxVisitor()
            .Enter<ObjectValueNode>(SyntaxKind.ObjectValue, _ =>
            {
                outer.Push(known);
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            })
            .Leave<ObjectValueNode>(SyntaxKind.ObjectValue, _ => known = outer.Pop())
            .Enter<ObjectFieldNode>(SyntaxKind.ObjectField, field =>
            {
                var name = field.Name.Value;
                if (known.TryGetValue(name, out var first))
                {
                    context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [first, field.Name]));
                }
                else
                {
                    known[name] = field.Name;
                }
            });
    }
}
