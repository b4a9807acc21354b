namespace Hub.Data.Import;

/// <summary>The directory form of an import: every <c>&lt;data set&gt;.csv</c> or <c>.jsonl</c> file in a folder.</summary>
public static class DataFolder
{
    /// <summary>The data files of <paramref name="folder"/> with their data-set names, in name order (reject reports skipped).</summary>
    public static IEnumerable<(string DataSet, string Path)> Files(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f) is ".csv" or ".jsonl" && !Path.GetFileName(f).EndsWith("rejects.csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), f));
}
