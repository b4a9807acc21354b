using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Each root operation type may be set once, across the schema definition and its extensions.</summary>
public sealed class UniqueOperationTypesRule : ISdlValidationRule
{
    public static readonly UniqueOperationTypesRule Instance = new();

    public string Name => nameof(UniqueOperationTypesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var schema = context.Schema;
        var defined = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        bool Exists(OperationType operation) => operation switch
        {
            OperationType.Query => schema?.QueryTypeOrNull is not null,
            OperationType.Mutation => schema?.MutationType is not null,
            _ => schema?.SubscriptionType is not null,
        };

        void Check(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        {
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var name = operation.ToString().ToLowerInvariant();
                if (Exists(operation))
                {
                    context.ReportError(new GraphQLError(
                        $"Type for {name} already defined in the schema. It cannot be redefined.", [operationType]));
                }
                else if (defined.TryGetValue(operation, out var first))
                {
                    context.ReportError(new GraphQLError(
                        $"There can be only one {name} type in schema.", [first, operationType]));
                }
                else
                {
                    defined[operation] = operationType;
                }
            }
        }

        return new SyntaxVisitor()
            .EnterWithAction<SchemaDefinitionNode>(SyntaxKind.SchemaDefinition, node =>
            {
                Check(node.OperationTypes);
                return VisitorAction.Skip;
            })
            .EnterWithAction<SchemaExtensionNode>(SyntaxKind.SchemaExtension, node =>
            {
                Check(node.OperationTypes);
                return VisitorAction.Skip;
            });
    }
}
