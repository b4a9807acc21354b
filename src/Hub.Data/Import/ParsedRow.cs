namespace Hub.Data.Import;

/// <summary>A validated row ready to store: values in <see cref="DataSetDescriptor.StoredColumns"/> order.</summary>
/// <param name="Line">Where the record starts in its file.</param>
/// <param name="Values">The typed values.</param>
/// <param name="UpsertKey">The fingerprint of source agency and source record id, for duplicate detection.</param>
public sealed record ParsedRow(long Line, object?[] Values, UInt128 UpsertKey);
