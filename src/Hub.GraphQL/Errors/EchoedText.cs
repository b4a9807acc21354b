using System.Text;

namespace Hub.GraphQL.Errors;

/// <summary>
/// Keeps what an error message echoes from a request short. Messages quote the names and values they echo, so each
/// quoted part longer than <see cref="MaxQuotedLength"/> keeps its start and ends in "…"; a message is then cut at
/// <see cref="MaxMessageLength"/>. A 10 MB field name thus comes back as a hundred characters, not 10 MB.
/// </summary>
internal static class EchoedText
{
    /// <summary>The longest quoted name or value a message keeps whole.</summary>
    public const int MaxQuotedLength = 100;

    /// <summary>The longest message kept whole.</summary>
    public const int MaxMessageLength = 1000;

    private const char Ellipsis = '…';

    /// <summary>The message with long quoted parts and any excess length cut.</summary>
    public static string Shorten(string message)
    {
        // Nothing quoted inside a short message can be too long.
        if (message.Length <= MaxQuotedLength)
        {
            return message;
        }

        var shortened = ShortenQuoted(message);
        return shortened.Length <= MaxMessageLength ? shortened : string.Concat(shortened.AsSpan(0, MaxMessageLength), Ellipsis.ToString());
    }

    private static string ShortenQuoted(string message)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var open = -1;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            if (i - open - 1 > MaxQuotedLength)
            {
                builder ??= new StringBuilder(message.Length);
                builder.Append(message, copied, open + 1 + MaxQuotedLength - copied).Append(Ellipsis);
                copied = i;
            }

            open = -1;
        }

        return builder is null ? message : builder.Append(message, copied, message.Length - copied).ToString();
    }
}
