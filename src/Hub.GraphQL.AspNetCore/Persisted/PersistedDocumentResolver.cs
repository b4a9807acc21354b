using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.Errors;

namespace Hub.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Finds the document text of a request: its own <c>query</c>, a trusted document named by <c>id</c>, or an
/// automatic persisted query (<c>extensions.persistedQuery.sha256Hash</c>), and enforces "trusted documents only".
/// Automatic persisted queries are kept per caller (by <see cref="System.Security.Principal.IIdentity.Name"/>; anonymous
/// callers share one space): a hash another caller registered is unknown, so the cache does not tell one client which
/// operations another runs, nor hand it a document it would be refused.
/// </summary>
internal sealed class PersistedDocumentResolver(PersistedOperationOptions options)
{
    private readonly PersistedDocumentStore? _store =
        options.DocumentsFolder is { } folder ? new PersistedDocumentStore(folder) : null;

    private readonly AutomaticPersistedQueryCache _automatic = new(options.AutomaticPersistedQueryCacheSize);

    /// <summary>The document text and, for a persisted document, its id. Throws for a request that names none.</summary>
    public (string Query, string? DocumentId) Resolve(GraphQLHttpRequest request, ClaimsPrincipal caller)
    {
        if (request.DocumentId is { } id)
        {
            if (_store is not null && _store.TryGet(id, out var persisted))
            {
                return (persisted, id);
            }

            throw new GraphQLRequestException($"The persisted operation \"{id}\" was not found.", ErrorCodes.Execution.PersistedQueryNotFound);
        }

        if (options.OnlyAllowPersistedDocuments)
        {
            throw new GraphQLRequestException("Only persisted operations are allowed: send \"id\" instead of \"query\".",
                ErrorCodes.Execution.OnlyPersistedQueriesAllowed);
        }

        if (options.EnableAutomaticPersistedQueries && AutomaticHash(request) is { } hash)
        {
            return (ResolveAutomatic(request.Query, hash, CallerSpace(caller)), null);
        }

        return request.Query is { } query
            ? (query, null)
            : throw new GraphQLRequestException("Either the parameter query or the parameter id has to be set.",
                ErrorCodes.Server.QueryAndIdMissing);
    }

    private static string CallerSpace(ClaimsPrincipal caller) =>
        caller.Identity is { IsAuthenticated: true, Name: { } name } ? "+" + name : "-";

    private string ResolveAutomatic(string? query, string hash, string space)
    {
        if (query is null)
        {
            // Apollo's protocol: the client retries with the document when it sees this exact message.
            return _automatic.TryGet($"{space}\n{hash.ToLowerInvariant()}", out var known)
                ? known
                : throw new GraphQLRequestException("PersistedQueryNotFound", ErrorCodes.Execution.PersistedQueryNotFound);
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLRequestException("The persistedQuery.sha256Hash does not match the SHA-256 hash of the query.",
                ErrorCodes.Server.RequestInvalid);
        }

        _automatic.Add($"{space}\n{actual}", query);
        return query;
    }

    private static string? AutomaticHash(GraphQLHttpRequest request) =>
        request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persistedQuery &&
        persistedQuery.GetValueOrDefault("sha256Hash") is string hash
            ? hash
            : null;
}
