using System.Collections.Concurrent;
using System.Security.Claims;

namespace Hub.Identity.Validation;

/// <summary>
/// Access tokens this replica has already validated in full (signature, type, algorithm, issuer, audience), kept until
/// they expire. A token presented again skips parsing and the signature check, the costly part of every request; its
/// lifetime and revocation are still checked each time. Only valid tokens enter, so the bound is a guard, not a policy.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(string Scheme, string Token), ValidatedToken> _tokens = new();

    /// <summary>The token's claims if <paramref name="scheme"/> validated it before and it has not expired since.</summary>
    public bool TryGet(string scheme, string token, out ValidatedToken validated)
    {
        if (_tokens.TryGetValue((scheme, token), out validated!))
        {
            if (time.GetUtcNow() < validated.ValidUntil)
            {
                return true;
            }

            _tokens.TryRemove((scheme, token), out _);
        }

        return false;
    }

    /// <summary>Remembers a token that <paramref name="scheme"/> has just validated.</summary>
    public void Add(string scheme, string token, ValidatedToken validated)
    {
        if (_tokens.Count >= Capacity)
        {
            var now = time.GetUtcNow();
            foreach (var entry in _tokens.Where(entry => entry.Value.ValidUntil <= now))
            {
                _tokens.TryRemove(entry.Key, out _);
            }

            if (_tokens.Count >= Capacity)
            {
                _tokens.Clear();
            }
        }

        _tokens[(scheme, token)] = validated;
    }
}
