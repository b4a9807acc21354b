using System.Globalization;
using Hub.Data.Import;

namespace Hub.Data.Generation;

/// <summary>The state scenarios share while generating: keys, one writer per data set, the ground truth.</summary>
internal sealed class GenerationContext : IDisposable
{
    private readonly Dictionary<string, DataFileWriter> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataSetDescriptor> _dataSets;
    private readonly string _folder;
    private long _nextRecord;

    public GenerationContext(GeneratorOptions options, IEnumerable<DataSetDescriptor> dataSets)
    {
        Options = options;
        _folder = options.OutputFolder;
        _dataSets = dataSets.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Keys = new SyntheticKeys(new Random(options.Seed));
        Truth = new GroundTruth { Seed = options.Seed, Scale = options.Scale, AsOf = AsOf };
    }

    /// <summary>The evaluation date of the planted clues.</summary>
    public static DateOnly AsOf { get; } = new(2025, 6, 30);

    public GeneratorOptions Options { get; }

    public int Scale => Options.Scale;

    public SyntheticKeys Keys { get; }

    public Random Random => Keys.Random;

    public GroundTruth Truth { get; }

    public DataFileWriter Writer(string dataSet)
    {
        if (!_writers.TryGetValue(dataSet, out var writer))
        {
            _writers[dataSet] = writer = Options.Format == DataFileFormat.JsonLines
                ? new JsonLinesDataWriter(Path.Combine(_folder, dataSet + ".jsonl"), _dataSets[dataSet])
                : new CsvDataWriter(Path.Combine(_folder, dataSet + ".csv"), _dataSets[dataSet]);
        }

        return writer;
    }

    /// <summary>
    /// Writes one row with fresh provenance, delivered by the directory agency of the scenario's
    /// <paramref name="provider"/> in the demo region; returns the evidence reference <c>data_set/agency/id</c>.
    /// </summary>
    public string Row(string dataSet, string provider, Dictionary<string, string?> values)
    {
        var agency = DemoAgencies.Code(provider);
        var id = $"{provider}-{dataSet.ToUpperInvariant()}-{++_nextRecord:D9}";
        values["source_agency"] = agency;
        values["source_record_id"] = id;
        values["region_code"] = DemoAgencies.Region;
        Writer(dataSet).Write(values);
        return $"{dataSet}/{agency}/{id}";
    }

    public static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string N(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }
    }
}
