using System.Text;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// A Relay global object id as HotChocolate encodes it: base64 of <c>TypeName:key</c> (UTF-8). Opaque to clients,
/// but not secret: a key that is personal data must never be encoded in one.
/// </summary>
public sealed record GlobalId(string TypeName, string Key)
{
    /// <summary>The id's text as served in <c>id</c> fields.</summary>
    public string Serialize() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TypeName}:{Key}"));

    /// <summary>The id <paramref name="text"/> holds, or null when it is not base64 of <c>TypeName:key</c>.</summary>
    public static GlobalId? Parse(string text)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < decoded.Length - 1 ? new GlobalId(decoded[..colon], decoded[(colon + 1)..]) : null;
    }
}
