using System.Globalization;
using Hub.GraphQL.Types;
using Hub.Server.Schema.SharedData;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// The excerpt of a cited row: the fields its rule tested (<c>matchedFields</c>, columns named as the table names
/// them) as the row's served type shows them to this read, so personal fields are masked or redacted exactly as the
/// shared-data lists mask them, through the same field resolvers. Columns the type does not serve are left out.
/// </summary>
public static class EvidenceExcerpt
{
    /// <summary>The excerpt of <paramref name="row"/> for <paramref name="matchedFields"/>, in rule order.</summary>
    public static IReadOnlyList<EvidenceField> Of(GraphQL.Types.Schema schema, SharedRow row, IReadOnlyList<string> matchedFields)
    {
        var type = (ObjectType)schema.GetType(EvidenceRecordDataLoader.TypeName(row.Record))!;
        return matchedFields
            .Select(column => type.GetField(FieldName(column)))
            .OfType<OutputField>()
            .Where(field => field.PureResolver is not null)
            .Select(field => new EvidenceField(field.Name, Text(field.PureResolver!(row))))
            .ToList();
    }

    /// <summary>The fields (as <c>Type.field</c>) an excerpt of <paramref name="evidence"/> shows, for the audit of what a reveal showed.</summary>
    public static IReadOnlySet<string> Shown(ClueEvidenceNode evidence) =>
        SharedDataSets.ByDataSetName.GetValueOrDefault(evidence.DataSet) is { } dataSet
            ? evidence.MatchedFields.Select(column => $"{dataSet.Type.Name}.{FieldName(column)}").ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static string FieldName(string column)
    {
        var words = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        IEnumerable<string> words => string.Join('|', words),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>One field of an evidence excerpt: its GraphQL name on the row's type and its value as this read may see it.</summary>
public sealed record EvidenceField(string Name, string? Value);
