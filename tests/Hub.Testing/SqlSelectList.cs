using Xunit;

namespace Hub.Testing;

/// <summary>Reads the column list of a SQL query as EF Core logs it, to check which columns a query reads.</summary>
public static class SqlSelectList
{
    /// <summary>
    /// The columns the first <c>SELECT … FROM</c> of <paramref name="sql"/> reads, without table aliases, column aliases or
    /// quotes (<c>SELECT a.decision_no AS "DecisionNo", "b"."Title" FROM …</c> → <c>decision_no</c>, <c>Title</c>).
    /// </summary>
    public static IReadOnlySet<string> Columns(string sql)
    {
        var select = sql.IndexOf("SELECT ", StringComparison.Ordinal);
        var from = sql.IndexOf("FROM ", select, StringComparison.Ordinal);
        Assert.True(select >= 0 && from > select, $"no SELECT … FROM in:\n{sql}");
        return sql[(select + "SELECT ".Length)..from]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(column => column.Split(" AS ")[0])
            .Select(column => column[(column.LastIndexOf('.') + 1)..].Trim('"'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
