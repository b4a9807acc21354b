using System.Buffers;
using System.Collections.Concurrent;

namespace Hub.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Trusted documents on disk: <c>{folder}/{id}.graphql</c>, read once and kept in memory. Ids are restricted to
/// letters, digits and <c>-_.</c> so a request can never name a file outside the folder.
/// </summary>
public sealed class PersistedDocumentStore(string folder)
{
    private static readonly SearchValues<char> s_idCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>Finds the document persisted under <paramref name="id"/>.</summary>
    public bool TryGet(string id, out string document)
    {
        if (_documents.TryGetValue(id, out document!))
        {
            return true;
        }

        if (id.Length is 0 or > 200 || id.AsSpan().ContainsAnyExcept(s_idCharacters) || id.StartsWith('.'))
        {
            return false;
        }

        var path = Path.Combine(folder, id + ".graphql");
        if (!File.Exists(path))
        {
            return false;
        }

        document = _documents.GetOrAdd(id, File.ReadAllText(path));
        return true;
    }
}
