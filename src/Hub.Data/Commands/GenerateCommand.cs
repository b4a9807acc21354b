using Hub.Data.Generation;

namespace Hub.Data.Commands;

/// <summary><c>hub data generate --scale &lt;n&gt; --seed &lt;s&gt; --out &lt;dir&gt; [--format csv|jsonl]</c>.</summary>
public static class GenerateCommand
{
    /// <summary>Generates the synthetic data set folder and its manifest.</summary>
    public static int Run(int scale, int seed, string outputFolder, TextWriter output, DataFileFormat format = DataFileFormat.Csv) =>
        ScenarioGenerator.Run(new GeneratorOptions(scale, seed, outputFolder, Format: format), output);
}
