namespace Hub.Data.Generation;

/// <summary>What to generate: volume multiplier, random seed, output folder, and whether to plant bad rows.</summary>
public sealed record GeneratorOptions(int Scale, int Seed, string OutputFolder, bool BadRows = true);
