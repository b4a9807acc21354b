using Hub.GraphQL.Conformance.ValidationCorpus;
using Hub.Testing;

namespace Hub.GraphQL.Conformance;

/// <summary>
/// <c>validate-corpus --corpus &lt;file&gt; [--min-passed N]</c>: replays graphql-js's validation corpus, prints every
/// failing case, then the message-match count and, last, <c>N passed, N failed</c> (by locations).
/// </summary>
public static class ValidateCorpusCommand
{
    public const string Usage = "validate-corpus --corpus <path to corpus json> [--min-passed N]";

    public static int Run(IReadOnlyList<string> args)
    {
        string? corpusPath = null;
        var minPassed = 0;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Count:
                    corpusPath = args[++i];
                    break;
                case "--min-passed" when i + 1 < args.Count && int.TryParse(args[i + 1], out var parsed):
                    minPassed = parsed;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Usage}");
                    return 2;
            }
        }

        if (corpusPath is null || ResolvePath(corpusPath) is not { } path)
        {
            Console.Error.WriteLine(corpusPath is null ? $"Usage: {Usage}" : $"Corpus file '{corpusPath}' not found.");
            return 2;
        }

        var results = new ValidationCorpusRunner(ValidationCorpusFile.Load(path)).RunAll();
        foreach (var result in results.Where(r => !r.LocationsMatch || !r.MessagesMatch))
        {
            Console.WriteLine($"FAIL{(result.LocationsMatch ? " (message only)" : string.Empty)}: {result.Case.Test} [{result.Case.Rule}]");
            Console.WriteLine($"  expected: {Format(result.Expected)}");
            Console.WriteLine($"  actual:   {Format(result.Actual)}");
        }

        var passed = results.Count(r => r.LocationsMatch);
        var belowMinimum = passed < minPassed;
        if (belowMinimum)
        {
            Console.Error.WriteLine($"Only {passed} cases passed; at least {minPassed} are required.");
        }

        // The pass/fail count stays the last line, as scripts read it.
        Console.WriteLine($"{results.Count(r => r.MessagesMatch)} of {results.Count} match by message");
        Console.WriteLine($"{passed} passed, {results.Count - passed} failed");
        return belowMinimum ? 1 : 0;
    }

    // Relative paths are tried from the working directory, then from the repository root (the folder holding Hub.sln).
    private static string? ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }

        var candidate = Repository.File(path);
        return File.Exists(candidate) ? candidate : null;
    }

    private static string Format(IReadOnlyList<string> errors) => errors.Count == 0 ? "(no errors)" : string.Join(" | ", errors);
}
