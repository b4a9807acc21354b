using Hub.Data.Model;

namespace Hub.Data.Import;

/// <summary>
/// The SQL that registers the persons and organisations a batch mentions, deriving their attributes from the key
/// itself. Only valid or repaired keys become entities; a second sighting changes nothing.
/// </summary>
internal static class SharedEntitySql
{
    /// <summary>Statements reading keys from <paramref name="source"/> (a table holding the batch).</summary>
    public static IEnumerable<string> Statements(DataSetDescriptor dataSet, string source, bool postgres)
    {
        var person = postgres ? $"\"{Schemas.Shared}\".\"person\"" : "\"person\"";
        var organization = postgres ? $"\"{Schemas.Shared}\".\"organization\"" : "\"organization\"";
        foreach (var column in dataSet.FileColumns.Where(c => c.Key is not null))
        {
            var filter = $"FROM {source} WHERE \"{column.QualityColumn}\" IN ('VALID', 'REPAIRED')";
            var k = $"\"{column.Name}\"";
            if (column.Key!.Kind == KeyKind.CitizenId)
            {
                var birth = postgres
                    ? $"to_date(substr({k}, 7, 8), 'YYYYMMDD')"
                    : $"substr({k}, 7, 4) || '-' || substr({k}, 11, 2) || '-' || substr({k}, 13, 2)";
                var sex = postgres ? $"CASE WHEN substr({k}, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END"
                    : $"CASE WHEN CAST(substr({k}, 17, 1) AS INTEGER) % 2 = 1 THEN 'M' ELSE 'F' END";
                yield return $"INSERT INTO {person} (\"id_number\", \"birth_date\", \"sex\", \"region_code\") " +
                             $"SELECT DISTINCT {k}, {birth}, {sex}, substr({k}, 1, 6) {filter} ON CONFLICT DO NOTHING";
            }
            else
            {
                yield return $"INSERT INTO {organization} (\"uscc\", \"entity_type_code\", \"region_code\") " +
                             $"SELECT DISTINCT {k}, substr({k}, 1, 2), substr({k}, 3, 6) {filter} ON CONFLICT DO NOTHING";
            }
        }
    }
}
