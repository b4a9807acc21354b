using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Identity.Storage;

/// <summary>
/// One <c>INSERT … ON CONFLICT (key) DO UPDATE SET count = count + excluded.count</c> of counter rows, named and
/// converted as the EF model maps them: the same statement on PostgreSQL and SQLite, atomic on its own, so every hub
/// process can add to a shared count without reading it first.
/// </summary>
internal sealed record CountUpsert(string Sql, IReadOnlyList<object> Parameters)
{
    /// <summary>Adds <paramref name="rows"/> (keys plus the amount in <paramref name="count"/>); <paramref name="returnSum"/> returns the new sum as <c>Value</c>.</summary>
    public static CountUpsert For<T>(IdentityDbContext db, IReadOnlyList<T> rows, string count, bool returnSum = false)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var names = db.GetService<ISqlGenerationHelper>();
        var keys = entity.FindPrimaryKey()!.Properties;
        var counted = entity.FindProperty(count)!;
        IReadOnlyList<IProperty> columns = [.. keys, counted];
        string Column(IProperty property) => names.DelimitIdentifier(property.GetColumnName());

        var sql = new StringBuilder("INSERT INTO ")
            .Append(names.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()))
            .Append(" AS counted (")
            .AppendJoin(", ", columns.Select(Column))
            .Append(") VALUES ");
        var parameters = new List<object>(rows.Count * columns.Count);
        for (var row = 0; row < rows.Count; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                sql.Append(column == 0 ? "{" : ", {").Append(parameters.Count).Append('}');
                parameters.Add(ProviderValue.Of(columns[column], columns[column].PropertyInfo!.GetValue(rows[row])!));
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT (").AppendJoin(", ", keys.Select(Column)).Append(") DO UPDATE SET ")
            .Append(Column(counted)).Append(" = counted.").Append(Column(counted)).Append(" + excluded.").Append(Column(counted));
        if (returnSum)
        {
            sql.Append(" RETURNING ").Append(Column(counted)).Append(" AS ").Append(names.DelimitIdentifier("Value"));
        }

        return new CountUpsert(sql.ToString(), parameters);
    }
}
