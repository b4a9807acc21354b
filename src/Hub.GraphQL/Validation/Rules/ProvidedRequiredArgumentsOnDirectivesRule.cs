using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Directives must be given their required (non-null, no default) arguments (graphql-js's internal SDL half of ProvidedRequiredArgumentsRule).</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : IValidationRule, ISdlValidationRule
{
    public static readonly ProvidedRequiredArgumentsOnDirectivesRule Instance = new();

    public string Name => nameof(ProvidedRequiredArgumentsOnDirectivesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => AddTo(new SyntaxVisitor(), context);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context) => AddTo(new SyntaxVisitor(), context);

    internal static SyntaxVisitor AddTo(SyntaxVisitor visitor, DocumentValidationContext context)
    {
        // Per directive: the required arguments' names and printed types.
        var required = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? DirectiveDefinition.Specified)
        {
            required[directive.Name] = [.. directive.Arguments.Values
                .Where(argument => argument.Type is NonNullType && !argument.HasDefaultValue)
                .Select(argument => (argument.Name, argument.Type.ToString()!))];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                required[directive.Name.Value] = [.. directive.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null or NullValueNode)
                    .Select(argument => (argument.Name.Value, Printer.Print(argument.Type)))];
            }
        }

        return visitor.Leave<DirectiveNode>(SyntaxKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (!required.TryGetValue(name, out var arguments))
            {
                return;
            }

            foreach (var (argumentName, type) in arguments)
            {
                if (!directive.Arguments.Any(argument => argument.Name.Value == argumentName))
                {
                    context.ReportError(new GraphQLError(
                        $"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
                        [directive]));
                }
            }
        });
    }
}
