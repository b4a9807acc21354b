using System.Collections.Concurrent;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Pipeline;

/// <summary>
/// A parsed and validated document with its compiled operations, cached per (document, operation name). Only valid
/// documents become prepared documents, so a cache hit skips parsing and validation. <paramref name="authorizers"/>
/// are the executor's guarded fields (null when none is guarded).
/// </summary>
internal sealed class PreparedDocument(
    Schema schema, DocumentNode document, IReadOnlyDictionary<OutputField, FieldAuthorizer>? authorizers = null)
{
    private const int MaxOperationsPerDocument = 32;
    private readonly ConcurrentDictionary<string, (CompiledOperation? Operation, GraphQLError? Error)> _operations = new();

    public DocumentNode Document { get; } = document;

    /// <summary>graphql-js's operation selection: the compiled operation, or the error graphql-js reports.</summary>
    public (CompiledOperation? Operation, GraphQLError? Error) GetOperation(string? operationName)
    {
        var key = operationName ?? string.Empty;
        if (_operations.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var selected = Select(operationName);
        return _operations.Count < MaxOperationsPerDocument ? _operations.GetOrAdd(key, selected) : selected;
    }

    private (CompiledOperation?, GraphQLError?) Select(string? operationName)
    {
        OperationDefinitionNode? operation = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (operationName is null)
            {
                if (operation is not null)
                {
                    return (null, new GraphQLError("Must provide operation name if query contains multiple operations."));
                }

                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }

        if (operation is null)
        {
            return (null, new GraphQLError(operationName is null
                ? "Must provide an operation."
                : $"Unknown operation named \"{operationName}\"."));
        }

        return (new CompiledOperation(schema, Document, operation, authorizers), null);
    }
}
