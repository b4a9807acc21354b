using System.Text;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Identity.Audit;

/// <summary>
/// One multi-row <c>INSERT … VALUES (…), (…)</c> of audit records, named and converted as the EF model maps them on
/// either provider. EF Core's SaveChanges would send one statement per record (and a transaction around them); a
/// single statement is atomic on its own. A request's records stay far below either database's parameter limit
/// (five parameters a record; the cost limit bounds a request to about a hundred audited reads).
/// </summary>
internal sealed record AuditRecordsInsert(string Sql, IReadOnlyList<object> Parameters)
{
    private static readonly (string Property, Func<AuditRecord, object> Value)[] s_columns =
    [
        (nameof(AuditRecord.OccurredAt), record => record.OccurredAt),
        (nameof(AuditRecord.Action), record => record.Action),
        (nameof(AuditRecord.Actor), record => record.Actor),
        (nameof(AuditRecord.Subject), record => record.Subject),
        (nameof(AuditRecord.Detail), record => record.Detail),
    ];

    /// <summary>The statement inserting <paramref name="records"/> into <paramref name="db"/>'s audit table.</summary>
    public static AuditRecordsInsert For(IdentityDbContext db, IReadOnlyList<AuditRecord> records)
    {
        var entity = db.Model.FindEntityType(typeof(AuditRecord))!;
        var names = db.GetService<ISqlGenerationHelper>();
        var properties = s_columns.Select(column => entity.FindProperty(column.Property)!).ToList();
        var sql = new StringBuilder("INSERT INTO ")
            .Append(names.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()))
            .Append(" (")
            .AppendJoin(", ", properties.Select(property => names.DelimitIdentifier(property.GetColumnName())))
            .Append(") VALUES ");
        var parameters = new List<object>(records.Count * s_columns.Length);
        for (var row = 0; row < records.Count; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < s_columns.Length; column++)
            {
                sql.Append(column == 0 ? "{" : ", {").Append(parameters.Count).Append('}');
                parameters.Add(ProviderValue.Of(properties[column], s_columns[column].Value(records[row])));
            }

            sql.Append(')');
        }

        return new AuditRecordsInsert(sql.ToString(), parameters);
    }
}
