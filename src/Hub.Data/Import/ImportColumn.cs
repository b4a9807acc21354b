using Hub.Data.Model;

namespace Hub.Data.Import;

/// <summary>One stored column of a data set as the import sees it.</summary>
/// <param name="Name">Column name in files and in the table (snake_case).</param>
/// <param name="ValueType">The CLR type of the value, nullable wrappers removed.</param>
/// <param name="Required">Whether a row without a value is rejected.</param>
/// <param name="MaxLength">Longest allowed text, when limited.</param>
/// <param name="Key">The national-key attribute, for key columns.</param>
/// <param name="QualityColumn">Name of the companion key-quality column, for key columns.</param>
/// <param name="Precision">Total digits a decimal column holds.</param>
/// <param name="Scale">Digits after the decimal point a decimal column holds.</param>
/// <param name="Codes">The code list a coded text column's values must come from.</param>
public sealed record ImportColumn(string Name, Type ValueType, bool Required, int? MaxLength, KeyColumnAttribute? Key, string? QualityColumn,
    int? Precision = null, int? Scale = null, CodeList? Codes = null);
