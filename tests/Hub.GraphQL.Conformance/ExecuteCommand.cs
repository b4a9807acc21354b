using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Hub.GraphQL.Conformance.Execution;

namespace Hub.GraphQL.Conformance;

/// <summary>
/// <c>execute --schema S.graphql --root R.json --cases C.json [--repeat N]</c>: runs every case on the engine and prints
/// one NDJSON line per case, <c>{name, result, validation}</c>, the same shape as <c>tests/js/graphql-js/oracle.mjs</c>.
/// With <c>--repeat N</c> every case then runs N more times and the timing goes to stderr as JSON lines.
/// </summary>
public static class ExecuteCommand
{
    public const string Usage = "execute --schema S.graphql --root R.json --cases C.json [--repeat N]";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var options = new CommandArguments(arguments, Usage);
        var corpus = CorpusSchema.Load(options.Required("schema"), options.Required("root"));
        var cases = ExecutionCase.Load(options.Required("cases"));
        var repeat = options.Integer("repeat", 0);
        var runner = new CaseRunner(corpus);

        using (var stdout = Console.OpenStandardOutput())
        {
            foreach (var testCase in cases)
            {
                CaseOutcomeWriter.WriteLine(await runner.RunAsync(testCase), stdout);
            }
        }

        if (repeat > 0)
        {
            await TimeAsync(runner, cases, repeat);
        }

        return 0;
    }

    private static async Task TimeAsync(CaseRunner runner, IReadOnlyList<ExecutionCase> cases, int repeat)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var total = TimeSpan.Zero;
        foreach (var testCase in cases)
        {
            // One warm-up run fills the document and operation caches, as the first request would on a server.
            await runner.ExecuteAsync(testCase, buffer);
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                buffer.ResetWrittenCount();
                await runner.ExecuteAsync(testCase, buffer);
            }

            stopwatch.Stop();
            total += stopwatch.Elapsed;
            WriteTiming(testCase.Name, repeat, 1, stopwatch.Elapsed);
        }

        WriteTiming("$total", repeat, cases.Count, total);
    }

    private static void WriteTiming(string name, int repeat, int caseCount, TimeSpan elapsed)
    {
        var elapsedMs = elapsed.TotalMilliseconds;
        var opsPerSecond = repeat * caseCount * 1000.0 / elapsedMs;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"name\":{System.Text.Json.JsonSerializer.Serialize(name)},\"repeat\":{repeat},\"cases\":{caseCount},\"elapsedMs\":{elapsedMs},\"opsPerSecond\":{opsPerSecond}}}"));
    }
}
