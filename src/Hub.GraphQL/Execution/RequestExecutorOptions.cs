using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>How many distinct valid documents stay cached (with their compiled operations).</summary>
    public int DocumentCacheSize { get; init; } = 1024;

    /// <summary>
    /// The longest query text, in characters, kept in the document cache; longer documents are parsed and validated
    /// on each request, so a stream of distinct huge documents cannot fill memory with cache entries.
    /// </summary>
    public int MaxCachedDocumentLength { get; init; } = 100_000;

    /// <summary>Requests running longer are stopped with error HC0045 (HotChocolate's default is 30 seconds).</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>graphql-js <c>getVariableValues</c>'s <c>maxErrors</c>.</summary>
    public int MaxVariableErrors { get; init; } = 50;

    public ParserOptions? ParserOptions { get; init; }

    /// <summary>Settings of a <see cref="RequestExecutor"/>; validation by the spec's rules unless <see cref="Validate"/> is replaced.</summary>
    public RequestExecutorOptions() =>
        Validate = (schema, document) => DocumentValidator.Validate(schema, document, hideSuggestions: HideSuggestions);

    /// <summary>
    /// graphql-js 17's <c>hideSuggestions</c>: validation and variable errors without "Did you mean …?". For a schema
    /// whose introspection hides names from some callers, since the hints are drawn from the whole schema.
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Validates a parsed document; null skips validation (only for trusted documents).</summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; }

    /// <summary>Limit checks run on every request before execution.</summary>
    public IReadOnlyList<IDocumentAnalyzer> DocumentAnalyzers { get; init; } = [];

    /// <summary>
    /// The field authorization rules; null takes the schema's own <c>@authorize</c> directives and attributes. A
    /// schema without rules runs with no authorization step at all.
    /// </summary>
    public FieldAuthorizations? Authorization { get; init; }

    /// <summary>Decides the authorization rules; required as soon as any field is guarded.</summary>
    public IAuthorizationHandler? AuthorizationHandler { get; init; }
}
