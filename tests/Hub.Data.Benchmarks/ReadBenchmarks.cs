using BenchmarkDotNet.Attributes;
using Hub.Data;
using Hub.Data.Generation;
using Hub.Data.Import;
using Hub.Data.Model.Enforcement;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Benchmarks;

/// <summary>
/// The client side of importing the penalties data set, per file of generated rows: what the hub spends on each row
/// before the database sees it. Divide by <see cref="Rows"/> for the cost of one row.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] _csv = [];
    private DataSetDescriptor _dataSet = null!;

    /// <summary>Rows in the file.</summary>
    public int Rows { get; private set; }

    /// <summary>Generates the penalties file of scale 1 once and keeps it in memory.</summary>
    [GlobalSetup]
    public void Generate()
    {
        var folder = Directory.CreateTempSubdirectory("hub-bench-").FullName;
        ScenarioGenerator.Generate(new GeneratorOptions(Scale: 1, Seed: 1, folder, BadRows: false));
        _csv = File.ReadAllBytes(Path.Combine(folder, "admin_penalty.csv"));
        Directory.Delete(folder, recursive: true);
        using var context = new HubDataContext(new DbContextOptionsBuilder<HubDataContext>().UseSqlite("Data Source=:memory:").Options);
        _dataSet = DataSetDescriptor.Create(context.Model.FindEntityType(typeof(AdministrativePenalty))!);
        Rows = ReadAndValidate();
    }

    /// <summary>Records split from the bytes and decoded, nothing else.</summary>
    [Benchmark]
    public int Read() => new CsvRecordReader(new MemoryStream(_csv)).ReadRecords().Count();

    /// <summary>Records read, then every field validated and typed as the import stores it.</summary>
    [Benchmark]
    public int ReadAndValidate()
    {
        var reader = new CsvRecordReader(new MemoryStream(_csv));
        var problems = new List<Rejection>();
        RowParser? parser = null;
        var rows = 0;
        foreach (var record in reader.ReadRecords())
        {
            parser ??= new RowParser(_dataSet, reader.Header);
            rows += parser.Parse("admin_penalty.csv", record, problems) is null ? 0 : 1;
        }

        return rows;
    }
}
