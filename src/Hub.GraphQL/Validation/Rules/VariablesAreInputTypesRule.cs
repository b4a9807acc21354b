using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Variables may only be declared with input types (scalars, enums, input objects).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public static readonly VariablesAreInputTypesRule Instance = new();

    public string Name => nameof(VariablesAreInputTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<VariableDefinitionNode>(SyntaxKind.VariableDefinition, definition =>
        {
            if (TypeFromAst.Resolve(context.Schema, definition.Type) is { } type && !type.IsInputType())
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    [definition.Type]));
            }
        });
}
