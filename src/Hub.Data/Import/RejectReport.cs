using System.Text;

namespace Hub.Data.Import;

/// <summary>
/// The reject report: a CSV of <c>file,line,column,reason,kept</c>, one line per problem, written as the import goes so
/// that even an interrupted import leaves its findings behind.
/// </summary>
public sealed class RejectReport : IAsyncDisposable
{
    private readonly StreamWriter _writer;

    /// <summary>Creates (or replaces) the report at <paramref name="path"/>.</summary>
    public RejectReport(string path)
    {
        Path = path;
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        _writer.WriteLine("file,line,column,reason,kept");
    }

    /// <summary>Where the report is written.</summary>
    public string Path { get; }

    /// <summary>Every problem written so far.</summary>
    public List<Rejection> Entries { get; } = [];

    /// <summary>Appends problems.</summary>
    public async Task WriteAsync(IReadOnlyList<Rejection> problems)
    {
        foreach (var p in problems)
        {
            Entries.Add(p);
            await _writer.WriteLineAsync($"{Escape(p.File)},{p.Line},{Escape(p.Column ?? "")},{Escape(p.Reason)},{(p.Kept ? "true" : "false")}");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static string Escape(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
