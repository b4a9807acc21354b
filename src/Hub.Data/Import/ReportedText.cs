namespace Hub.Data.Import;

/// <summary>
/// Keeps what the import reports about a file short: a reason quotes the value or column name at fault, and a
/// 52 MB column name must not become a 52 MB line of the reject report or of the console.
/// </summary>
public static class ReportedText
{
    /// <summary>The longest reason or message kept whole.</summary>
    public const int MaxLength = 300;

    /// <summary>The text, cut at <see cref="MaxLength"/> characters with an ellipsis when longer.</summary>
    public static string Shorten(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
}
