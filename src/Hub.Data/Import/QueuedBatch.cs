namespace Hub.Data.Import;

/// <summary>A batch on its way to a writer, with how far through the file it reaches.</summary>
/// <param name="Batch">The rows and their entities.</param>
/// <param name="ReadSoFar">Records read up to the batch's end.</param>
/// <param name="Share">The share of the file consumed (0–1).</param>
internal sealed record QueuedBatch(ParsedBatch Batch, long ReadSoFar, double Share);
