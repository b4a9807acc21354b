namespace Hub.Data.Import;

/// <summary>What storing one batch did: rows new to the table, rows whose content changed, rows already identical.</summary>
public readonly record struct BatchResult(int Inserted, int Updated, int Unchanged);
