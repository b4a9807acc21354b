using System.Text.Json;

namespace Hub.Server.Tests.Authorization;

/// <summary>What one probe's response says about its field: denied with an auth code, allowed, or not reached (a parent was null).</summary>
internal readonly record struct ProbeOutcome(string? AuthCode, bool Reached)
{
    public static ProbeOutcome Read(FieldProbe probe, JsonElement response)
    {
        var code = AuthCodeAt(response, probe.LeafAlias);
        if (code is not null || !response.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new ProbeOutcome(code, Reached: code is not null);
        }

        var parent = data;
        foreach (var alias in probe.Ancestors)
        {
            if (!parent.TryGetProperty(alias, out var next))
            {
                return new ProbeOutcome(null, false);
            }

            parent = next.ValueKind == JsonValueKind.Array ? next.EnumerateArray().FirstOrDefault() : next;
            if (parent.ValueKind != JsonValueKind.Object)
            {
                return new ProbeOutcome(null, false);
            }
        }

        return new ProbeOutcome(null, parent.TryGetProperty(probe.LeafAlias, out _));
    }

    /// <summary>The <c>AUTH_*</c> code of an error located at the field aliased <paramref name="alias"/>, if any.</summary>
    private static string? AuthCodeAt(JsonElement response, string alias)
    {
        if (!response.TryGetProperty("errors", out var errors))
        {
            return null;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.TryGetProperty("path", out var path) && path.EnumerateArray().LastOrDefault(p => p.ValueKind == JsonValueKind.String).GetString() == alias
                && error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                && code.GetString() is { } value && value.StartsWith("AUTH_", StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
