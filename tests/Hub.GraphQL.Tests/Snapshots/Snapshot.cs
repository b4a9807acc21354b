using System.Runtime.CompilerServices;

namespace Hub.GraphQL.Tests.Snapshots;

/// <summary>
/// Compares text with a committed snapshot in <c>__snapshots__/&lt;Class&gt;.&lt;Method&gt;.snap</c> next to the test file
/// (HotChocolate's layout). A missing snapshot is written and the test fails so that it gets reviewed; with
/// <c>UPDATE_SNAPSHOTS=1</c> snapshots are (re)written and the test passes.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot of the calling test (plus an optional case name).</summary>
    public static void Match(
        string actual,
        string? caseName = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var name = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + (caseName is null ? string.Empty : "_" + caseName);
        var path = Path.Combine(directory, name + ".snap");
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

        if (!File.Exists(path) || update)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            Assert.True(update, $"Snapshot {path} did not exist and was written; review it, commit it and run the test again.");
            return;
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }
}
