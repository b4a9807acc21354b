using System.Linq.Expressions;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Projection;

/// <summary>A field that takes <c>UseProjection()</c>, as <see cref="ProjectionConvention"/> sees it whatever its row type.</summary>
internal interface IProjectedField
{
    /// <summary>Checks, against the merged SDL, that every field of the node type reads some member, and plans the reads.</summary>
    void Plan(SchemaConventionContext context, string typeName, string fieldName);
}

/// <summary>A projected field over rows of <typeparamref name="T"/>: per GraphQL field of its node type, the properties it reads.</summary>
internal sealed class ProjectedField<T>(ProjectedFields<T> fields) : IProjectedField
    where T : class, new()
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(T), "row");

    private readonly Dictionary<string, int[]> _reads = new(StringComparer.Ordinal);
    private int[] _always = [];

    /// <summary>The GraphQL type of the rows; set when the schema is built.</summary>
    public string NodeType { get; private set; } = "";

    /// <inheritdoc />
    public void Plan(SchemaConventionContext context, string typeName, string fieldName)
    {
        NodeType = ListItemType(context.GetField(typeName, fieldName).Type)
            ?? throw new InvalidOperationException($"\"{typeName}.{fieldName}\" projects its rows, so its SDL type must be a list of them.");
        var properties = ProjectedFields<T>.Properties;
        var declared = context.ObjectFields(NodeType).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        if (fields.Required.Keys.FirstOrDefault(f => !declared.Contains(f)) is { } unknown)
        {
            throw new InvalidOperationException($"\"{NodeType}.{unknown}\" is named as requiring members of {typeof(T).Name}, but {NodeType} has no such field.");
        }

        foreach (var name in declared)
        {
            var reads = fields.Required.GetValueOrDefault(name)?.ToHashSet() ?? [];
            if (ProjectedFields<T>.Named(name) is { } own)
            {
                reads.Add(own);
            }
            else if (!fields.Required.ContainsKey(name))
            {
                throw new InvalidOperationException(
                    $"\"{NodeType}.{name}\" cannot be projected: {typeof(T).Name} has no settable mapped property of that name. Name what it reads with Requires(\"{name}\", …).");
            }

            _reads[name] = reads.Select(p => Array.IndexOf(properties, p)).ToArray();
        }

        _always = fields.AlwaysRead.Select(p => Array.IndexOf(properties, p)).ToArray();
    }

    /// <summary>
    /// <c>row => new T { A = row.A, … }</c> over the properties the <paramref name="selected"/> fields of the node type read
    /// and those always read, in declaration order (so one selection is one cached EF Core query); null when a selected
    /// field was not planned (none the SDL declares), and then the whole row is read.
    /// </summary>
    public Expression<Func<T, T>>? Selector(IEnumerable<string> selected)
    {
        var properties = ProjectedFields<T>.Properties;
        var read = new bool[properties.Length];
        foreach (var index in _always)
        {
            read[index] = true;
        }

        // __typename reads nothing of the row.
        foreach (var name in selected.Where(name => !name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (!_reads.TryGetValue(name, out var reads))
            {
                return null;
            }

            foreach (var index in reads)
            {
                read[index] = true;
            }
        }

        var bindings = properties.Where((_, i) => read[i]).Select(p => Expression.Bind(p, Expression.Property(Row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), Row);
    }

    private static string? ListItemType(TypeNode type)
    {
        var list = (type as NonNullTypeNode)?.Type ?? type;
        var item = (list as ListTypeNode)?.Type;
        return ((item as NonNullTypeNode)?.Type ?? item) is NamedTypeNode named ? named.Name.Value : null;
    }
}
