namespace Hub.Data.Generation;

/// <summary>What to generate: volume multiplier, random seed, output folder, whether to plant bad rows, and the file format.</summary>
public sealed record GeneratorOptions(int Scale, int Seed, string OutputFolder, bool BadRows = true, DataFileFormat Format = DataFileFormat.Csv);
