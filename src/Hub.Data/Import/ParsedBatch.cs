namespace Hub.Data.Import;

/// <summary>A batch of validated rows and the persons and organisations they mention, derived while parsing.</summary>
/// <param name="Rows">The rows, in file order.</param>
/// <param name="Entities">The batch's persons and organisations, each once and in key order.</param>
public sealed record ParsedBatch(IReadOnlyList<ParsedRow> Rows, BatchEntities Entities);
