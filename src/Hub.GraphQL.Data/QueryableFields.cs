using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;

namespace Hub.GraphQL.Data;

/// <summary>
/// The fields of a GraphQL type that <c>where</c> and <c>order</c> may name, each with the member of the row it reads
/// (HotChocolate's <c>FilterInputType&lt;T&gt;</c>/<c>SortInputType&lt;T&gt;</c> descriptors). Implicitly every public
/// mapped property, as its camelCase name; explicitly only the fields named. Only fields the GraphQL type declares and
/// whose member translates to SQL end up in the input types (<see cref="QueryableMembers.IsTranslatable"/>).
/// </summary>
public abstract class QueryableFields
{
    private readonly List<QueryableField> _fields = [];
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);

    private protected QueryableFields(Type rowType) => RowType = rowType;

    /// <summary>The CLR type of the rows.</summary>
    public Type RowType { get; }

    /// <summary>True when only the fields named are wanted: one that cannot be served is then a schema error, not left out.</summary>
    public bool IsExplicit { get; private protected set; }

    /// <summary>The member that makes an order total (appended as the last sort key), if any; by default a property <c>Id</c>.</summary>
    public LambdaExpression? StableKey { get; private protected set; }

    /// <summary>The fields, by GraphQL name, in the order they were named (implicit ones in property order).</summary>
    public IReadOnlyList<QueryableField> Fields => _fields.Where(f => !_ignored.Contains(f.Name)).ToList();

    /// <summary>The implicit fields of rows of <paramref name="rowType"/>: those of a nested object or list element.</summary>
    internal static QueryableFields Implicit(Type rowType) =>
        (QueryableFields)typeof(QueryableFields<>).MakeGenericType(rowType).GetMethod(nameof(QueryableFields<object>.Implicit))!.Invoke(null, null)!;

    private protected void AddField(string name, LambdaExpression member)
    {
        _fields.RemoveAll(f => f.Name == name);
        _fields.Add(new QueryableField(name, member));
    }

    private protected void IgnoreField(string name) => _ignored.Add(name);
}

/// <summary>The filterable and sortable fields of rows of <typeparamref name="T"/>.</summary>
public sealed class QueryableFields<T> : QueryableFields
{
    private QueryableFields()
        : base(typeof(T))
    {
        var id = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        StableKey = id is null ? null : Lambda(id);
    }

    /// <summary>Every public readable property not marked <c>[NotMapped]</c>, named in camelCase (<c>BindFieldsImplicitly</c>).</summary>
    public static QueryableFields<T> Implicit()
    {
        var fields = new QueryableFields<T>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<NotMappedAttribute>() is null))
        {
            fields.AddField(char.ToLowerInvariant(property.Name[0]) + property.Name[1..], Lambda(property));
        }

        return fields;
    }

    /// <summary>No field until named with <see cref="Field{TMember}"/> (<c>BindFieldsExplicitly</c>).</summary>
    public static QueryableFields<T> Explicit() => new() { IsExplicit = true };

    /// <summary>Makes the GraphQL field <paramref name="name"/> filter and sort by <paramref name="member"/>.</summary>
    public QueryableFields<T> Field<TMember>(string name, Expression<Func<T, TMember>> member)
    {
        AddField(name, member);
        return this;
    }

    /// <summary>Leaves the GraphQL field <paramref name="name"/> out of filtering and sorting.</summary>
    public QueryableFields<T> Ignore(string name)
    {
        IgnoreField(name);
        return this;
    }

    /// <summary>Makes <paramref name="key"/> the last sort key of every <c>order</c>, so equal rows keep one order across pages.</summary>
    public QueryableFields<T> OrderStableBy<TKey>(Expression<Func<T, TKey>> key)
    {
        StableKey = key;
        return this;
    }

    private static LambdaExpression Lambda(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda(Expression.Property(row, property), row);
    }
}

/// <summary>A GraphQL field of a row type and the member of the row it filters and sorts by.</summary>
public sealed record QueryableField(string Name, LambdaExpression Member)
{
    /// <summary>The CLR type the member reads.</summary>
    public Type MemberType => Member.ReturnType;
}
