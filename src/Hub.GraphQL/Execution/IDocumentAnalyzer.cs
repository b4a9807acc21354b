using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution;

/// <summary>
/// A check run on every request after validation and variable coercion, before execution (depth, cost and other
/// limits). Errors it returns end the request without data.
/// </summary>
public interface IDocumentAnalyzer
{
    IReadOnlyList<GraphQLError>? Analyze(DocumentAnalysisContext context);
}

/// <summary>What an <see cref="IDocumentAnalyzer"/> sees of a request.</summary>
public sealed record DocumentAnalysisContext(
    Schema Schema,
    DocumentNode Document,
    OperationDefinitionNode Operation,
    IReadOnlyDictionary<string, object?> Variables,
    GraphQLRequest Request);
