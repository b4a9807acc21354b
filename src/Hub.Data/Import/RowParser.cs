using System.Globalization;
using Hub.Data.Keys;
using Hub.Data.Model;

namespace Hub.Data.Import;

/// <summary>
/// Validates and types one file record against a data set: column count, required fields, lengths, dates, numbers
/// and national keys. It returns the row or the reasons it was rejected; it never guesses a value.
/// </summary>
public sealed class RowParser
{
    /// <summary>The longest field accepted unless the importer says otherwise: far above any real value, far below a runaway one.</summary>
    public const int DefaultMaxFieldLength = 1_000_000;

    private static readonly TimeSpan s_shanghai = TimeSpan.FromHours(8);
    private static readonly decimal[] s_powersOfTen = PowersOfTen();
    private readonly DataSetDescriptor _dataSet;
    private readonly int[] _fieldIndex;
    private readonly int _headerCount;
    private readonly int _maxFieldLength;
    private readonly IReadOnlyDictionary<string, string>? _agencyRegions;

    /// <summary>
    /// Binds the parser to a file's header; unknown or missing required columns fail the whole file. A field longer
    /// than <paramref name="maxFieldLength"/> characters rejects its row, whatever its column. With the agency
    /// directory (<paramref name="agencyRegions"/>: code → region), a row must name a directory agency and lie within
    /// its region, and a row without a region takes the agency's.
    /// </summary>
    public RowParser(
        DataSetDescriptor dataSet, IReadOnlyList<string> header, int maxFieldLength = DefaultMaxFieldLength, IReadOnlyDictionary<string, string>? agencyRegions = null)
    {
        _dataSet = dataSet;
        _maxFieldLength = maxFieldLength;
        _agencyRegions = agencyRegions;
        _headerCount = header.Count;
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!dataSet.FileColumns.Any(c => c.Name == header[i]))
            {
                throw new InvalidDataException(
                    $"Unknown column '{ReportedText.Shorten(header[i])}' (column {i + 1}) for data set '{dataSet.Name}'.");
            }

            if (!positions.TryAdd(header[i], i))
            {
                throw new InvalidDataException($"Column '{header[i]}' appears twice in the header.");
            }
        }

        var missing = dataSet.FileColumns.Where(c => c.Required && !positions.ContainsKey(c.Name)).Select(c => c.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"The header lacks required column(s) of '{dataSet.Name}': {string.Join(", ", missing)}.");
        }

        _fieldIndex = dataSet.FileColumns.Select(c => positions.GetValueOrDefault(c.Name, -1)).ToArray();
    }

    /// <summary>Parses one record; problems go to <paramref name="problems"/> (flagged ones are kept).</summary>
    public ParsedRow? Parse(string file, RawRecord record, List<Rejection> problems)
    {
        if (record.Fields is null)
        {
            problems.Add(new Rejection(file, record.Line, null, record.Problem ?? "unreadable record"));
            return null;
        }

        if (record.Fields.Length != _headerCount)
        {
            problems.Add(new Rejection(file, record.Line, null, $"wrong column count: {record.Fields.Length} fields, expected {_headerCount}"));
            return null;
        }

        var columns = _dataSet.FileColumns;
        var values = new object?[columns.Count + _dataSet.QualityColumns.Count];
        var quality = columns.Count;
        var rejected = false;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var text = _fieldIndex[c] < 0 ? null : record.Fields[_fieldIndex[c]];
            if (text is not null && text.Length > _maxFieldLength)
            {
                problems.Add(new Rejection(file, record.Line, column.Name, $"field too long: {text.Length} characters, at most {_maxFieldLength}"));
                rejected = true;
                continue;
            }

            if (text is not null && text.Contains('\0', StringComparison.Ordinal))
            {
                // Valid UTF-8, but PostgreSQL cannot store it in any text column, and it would fail the whole batch.
                problems.Add(new Rejection(file, record.Line, column.Name, $"NUL character (U+0000) at position {text.IndexOf('\0', StringComparison.Ordinal) + 1}"));
                rejected = true;
                continue;
            }

            if (column.Key is { } key)
            {
                var check = key.Kind == KeyKind.CitizenId ? CitizenIdNumber.Check(text) : SocialCreditCode.Check(text);
                values[c] = check.Value;
                values[quality++] = KeyQualityConverter.Stored(check.Quality);
                if (check.Quality == KeyQuality.Invalid || (check.Quality == KeyQuality.Missing && key.Required))
                {
                    var reason = check.Problem ?? "missing required field";
                    rejected |= key.Required;
                    problems.Add(new Rejection(file, record.Line, column.Name, reason, Kept: !key.Required));
                }

                // An invalid optional key is kept as delivered, so it must fit its column like any other text.
                if (check.Value is { } kept && column.MaxLength is { } limit && kept.Length > limit)
                {
                    problems.Add(new Rejection(file, record.Line, column.Name, $"value too long: {kept.Length} characters, at most {limit}"));
                    rejected = true;
                }

                continue;
            }

            var problem = Convert(column, text, out values[c]);
            if (problem is not null)
            {
                problems.Add(new Rejection(file, record.Line, column.Name, problem));
                rejected = true;
            }
        }

        rejected |= !PlaceInRegion(file, record.Line, values, problems);
        if (rejected)
        {
            problems.RemoveAll(p => p.Line == record.Line && p.File == file && p.Kept);
            return null;
        }

        values[_dataSet.SensitivityColumn] ??= _dataSet.DefaultSensitivity.ToString();
        return new ParsedRow(record.Line, values, KeyFingerprint.Of((string)values[_dataSet.AgencyColumn]!, (string)values[_dataSet.RecordIdColumn]!));
    }

    /// <summary>Checks the row's region against its agency's and fills it in when the file gives none; false rejects the row.</summary>
    private bool PlaceInRegion(string file, long line, object?[] values, List<Rejection> problems)
    {
        var region = (string?)values[_dataSet.RegionColumn];
        values[_dataSet.RegionColumn] = region ?? "";
        if (region is not null && !AdministrativeRegion.IsCode(region))
        {
            problems.Add(new Rejection(file, line, "region_code", $"bad region code '{region}' (expected six digits, GB/T 2260)"));
            return false;
        }

        if (region is not null && !AdministrativeRegion.IsKnown(region))
        {
            problems.Add(new Rejection(file, line, "region_code", $"unknown region code '{region}' (not in the hub's GB/T 2260 list, {AdministrativeRegion.ListFile})"));
            return false;
        }

        if (_agencyRegions is null || values[_dataSet.AgencyColumn] is not string agency)
        {
            return true;
        }

        if (!_agencyRegions.TryGetValue(agency, out var agencyRegion))
        {
            problems.Add(new Rejection(file, line, "source_agency", $"'{ReportedText.Shorten(agency)}' is not an agency of the directory (codes such as PSB-430281)"));
            return false;
        }

        if (region is not null && !AdministrativeRegion.Contains(agencyRegion, region))
        {
            problems.Add(new Rejection(file, line, "region_code", $"region {region} lies outside region {agencyRegion} of agency '{agency}'"));
            return false;
        }

        values[_dataSet.RegionColumn] = region ?? agencyRegion;
        return true;
    }

    private static string? Convert(ImportColumn column, string? text, out object? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            if (column.ValueType == typeof(bool))
            {
                value = false;
                return null;
            }

            return column.Required ? "missing required field" : null;
        }

        var type = column.ValueType;
        if (type == typeof(string))
        {
            value = text;
            if (column.Codes is { } codes && codes.Find(text) is null)
            {
                return $"unknown value '{text}' (expected one of {string.Join(", ", codes.Codes.Select(c => c.Value))})";
            }

            return column.MaxLength is { } max && text.Length > max ? $"value too long: {text.Length} characters, at most {max}" : null;
        }

        if (type == typeof(DateOnly))
        {
            var ok = IsoDate.TryParse(text, out var date);
            value = date;
            return ok ? null : $"bad date '{text}' (expected yyyy-MM-dd)";
        }

        if (type == typeof(DateTimeOffset))
        {
            var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant);
            // A timestamp without an offset is local time in Asia/Shanghai (DOMAIN.md §2.3).
            if (ok && !HasOffset(text))
            {
                instant = new DateTimeOffset(instant.DateTime, s_shanghai);
            }

            value = instant.ToUniversalTime();
            return ok ? null : $"bad timestamp '{text}' (expected ISO 8601)";
        }

        if (type == typeof(decimal))
        {
            var ok = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok ? NumberProblem(column, text, number) : $"bad number '{text}'";
        }

        if (type == typeof(short))
        {
            var ok = short.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok ? null : $"bad integer '{text}'";
        }

        if (type == typeof(bool))
        {
            value = text is "true" or "1";
            return text is "true" or "false" or "1" or "0" ? null : $"bad boolean '{text}' (expected true or false)";
        }

        if (type == typeof(SensitivityLevel))
        {
            var ok = Enum.TryParse<SensitivityLevel>(text, ignoreCase: false, out var level) && Enum.IsDefined(level) && text.StartsWith('L');
            value = level.ToString();
            return ok ? null : $"bad sensitivity level '{text}' (expected L1–L5)";
        }

        throw new NotSupportedException($"Column '{column.Name}' has type {type.Name}, which the import does not read.");
    }

    /// <summary>
    /// A number the column cannot hold exactly: the database would round extra decimals away silently, and a value too
    /// large would fail the whole batch.
    /// </summary>
    private static string? NumberProblem(ImportColumn column, string text, decimal number)
    {
        if (column is not { Precision: { } precision, Scale: { } scale })
        {
            return null;
        }

        // 1.50 has one decimal that counts: only digits that rounding to the column's scale would change are refused.
        if (number.Scale > scale && decimal.Round(number, scale) != number)
        {
            return $"bad number '{text}': more than {scale} decimal places";
        }

        var integerDigits = precision - scale;
        return Math.Abs(number) >= s_powersOfTen[integerDigits]
            ? $"number '{text}' out of range: at most {integerDigits} digits before the decimal point"
            : null;
    }

    private static decimal[] PowersOfTen()
    {
        var powers = new decimal[29]; // 10²⁸ is the largest a decimal holds
        powers[0] = 1;
        for (var e = 1; e < powers.Length; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }

        return powers;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
