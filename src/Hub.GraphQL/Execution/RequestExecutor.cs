using System.Runtime.CompilerServices;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Pipeline;
using Hub.GraphQL.Execution.Processing;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution;

/// <summary>
/// The request pipeline: document cache (by query text, valid documents only) → parse → validate → operation cache →
/// compile → coerce variables → limits → execute, with a request timeout. The caches belong to this executor and
/// so to its schema: a new schema gets a new executor and empty caches.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly RequestExecutorOptions _options;
    private readonly BoundedCache<string, PreparedDocument> _documents;
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _parsedDocuments = new();
    private readonly IReadOnlyDictionary<OutputField, FieldAuthorizer>? _authorizers;
    private readonly RequestAuthorization? _requestAuthorization;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema;
        _options = options ?? new RequestExecutorOptions();
        _documents = new BoundedCache<string, PreparedDocument>(_options.DocumentCacheSize);
        var authorization = _options.Authorization ?? FieldAuthorizations.FromSchema(schema);
        if (!authorization.IsEmpty)
        {
            var handler = _options.AuthorizationHandler ?? throw new InvalidOperationException(
                "The schema guards fields with @authorize, but RequestExecutorOptions.AuthorizationHandler is not set.");
            _authorizers = FieldAuthorizer.Create(authorization, handler);
            _requestAuthorization = authorization.HasValidationRules ? new RequestAuthorization(authorization, handler) : null;
        }
    }

    public Schema Schema { get; }

    public async ValueTask<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        using var telemetry = new OperationTelemetry();
        var result = await ExecuteTimedAsync(request, telemetry, cancellationToken).ConfigureAwait(false);
        telemetry.Completed(result);
        return result;
    }

    private async ValueTask<IExecutionResult> ExecuteTimedAsync(GraphQLRequest request, OperationTelemetry telemetry, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ExecutionTimeout);
        try
        {
            return await ExecuteCoreAsync(request, telemetry, timeout.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request exceeded the configured timeout of `{_options.ExecutionTimeout}`.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Execution.Timeout }));
        }
        catch (InsufficientExecutionStackException)
        {
            // Only a document that skipped validation can get here: validation aborts such chains first.
            return ExecutionResult.FromError(new GraphQLError("The operation's fragments are nested too deeply to be executed."));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                "The request was canceled.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Execution.Canceled }));
        }
    }

    private async ValueTask<IExecutionResult> ExecuteCoreAsync(
        GraphQLRequest request, OperationTelemetry telemetry, CancellationToken executionToken, CancellationToken subscriptionToken)
    {
        var (prepared, documentErrors) = Prepare(request);
        if (prepared is null)
        {
            return ExecutionResult.FromErrors(documentErrors!);
        }

        var (operation, operationError) = prepared.GetOperation(request.OperationName);
        if (operation is null)
        {
            return ExecutionResult.FromError(operationError!);
        }

        telemetry.Operation(operation.Definition.Operation, operation.Definition.Name?.Value);

        var (variables, variableErrors) = VariableCoercion.Coerce(
            Schema, operation.Definition.VariableDefinitions, request.Variables, _options.MaxVariableErrors, _options.HideSuggestions);
        if (variables is null)
        {
            return ExecutionResult.FromErrors(variableErrors!);
        }

        foreach (var analyzer in _options.DocumentAnalyzers)
        {
            var analysis = analyzer.Analyze(new DocumentAnalysisContext(Schema, prepared.Document, operation.Definition, variables, request));
            if (analysis is { Count: > 0 })
            {
                return ExecutionResult.FromErrors(analysis);
            }
        }

        var isSubscription = operation.Definition.Operation == OperationType.Subscription;
        var state = new RequestState(
            Schema,
            request.Services ?? EmptyServiceProvider.Instance,
            request.ContextData ?? new Dictionary<string, object?>(),
            variables,
            isSubscription ? subscriptionToken : executionToken);
        if (_requestAuthorization is not null)
        {
            var denied = await _requestAuthorization.CheckAsync(new AuthorizationContext(
                Schema, prepared.Document, operation.Definition, variables, state.ContextData, state.Services, state.CancellationToken)).ConfigureAwait(false);
            if (denied is not null)
            {
                return ExecutionResult.FromError(denied);
            }
        }

        if (operation.RootType is null)
        {
            var error = new GraphQLError(
                $"Schema is not configured to execute {operation.Definition.Operation.ToString().ToLowerInvariant()} operation.",
                [operation.Definition]);
            // graphql-js execute() throws this inside executeOperation, so the response has "data": null.
            return new ExecutionResult { Errors = [error], HasData = true };
        }

        if (isSubscription)
        {
            return await SubscriptionExecution.SubscribeAsync(operation, state, request.RootValue).ConfigureAwait(false);
        }

        return await new OperationExecution(operation, state, request.RootValue).ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>The cached document for the request, or parses and validates it (caching it only when valid).</summary>
    private (PreparedDocument? Document, IReadOnlyList<GraphQLError>? Errors) Prepare(GraphQLRequest request)
    {
        if (request.Document is { } parsed)
        {
            if (_parsedDocuments.TryGetValue(parsed, out var known))
            {
                return (known, null);
            }

            var parsedErrors = Validate(parsed);
            if (parsedErrors.Count > 0)
            {
                return (null, parsedErrors);
            }

            var prepared = new PreparedDocument(Schema, parsed, _authorizers);
            _parsedDocuments.AddOrUpdate(parsed, prepared);
            return (prepared, null);
        }

        var query = request.Query;
        if (query is null)
        {
            return (null, [new GraphQLError("The query request contains no document or no document id.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Server.QueryAndIdMissing })]);
        }

        if (_documents.TryGet(query, out var cached))
        {
            return (cached, null);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.ParserOptions);
        }
        catch (GraphQLException syntaxError)
        {
            return (null, syntaxError.Errors);
        }

        var errors = Validate(document);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var fresh = new PreparedDocument(Schema, document, _authorizers);
        return (query.Length <= _options.MaxCachedDocumentLength ? _documents.Add(query, fresh) : fresh, null);
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document)
        => _options.Validate?.Invoke(Schema, document) ?? [];
}
