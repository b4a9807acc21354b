using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>SDL may define the schema once, and not at all when extending an existing schema.</summary>
public sealed class LoneSchemaDefinitionRule : ISdlValidationRule
{
    public static readonly LoneSchemaDefinitionRule Instance = new();

    public string Name => nameof(LoneSchemaDefinitionRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var schema = context.Schema;
        var alreadyDefined = schema is not null
            && (schema.SyntaxNode is not null || schema.QueryTypeOrNull is not null || schema.MutationType is not null || schema.SubscriptionType is not null);
        var count = 0;
        return new SyntaxVisitor().Enter<SchemaDefinitionNode>(SyntaxKind.SchemaDefinition, definition =>
        {
            if (alreadyDefined)
            {
                context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", [definition]));
                return;
            }

            if (count > 0)
            {
                context.ReportError(new GraphQLError("Must provide only one schema definition.", [definition]));
            }

            count++;
        });
    }
}
