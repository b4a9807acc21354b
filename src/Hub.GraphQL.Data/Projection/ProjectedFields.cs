using System.ComponentModel.DataAnnotations.Schema;
using System.Linq.Expressions;
using System.Reflection;

namespace Hub.GraphQL.Data.Projection;

/// <summary>
/// What each GraphQL field of a node type reads from rows of <typeparamref name="T"/>, for <c>UseProjection()</c>. A
/// field reads the settable property of its own name (camelCase ↔ PascalCase) and whatever <see cref="Requires(string, string[])"/>
/// adds (HotChocolate's <c>[Parent(requires: …)]</c>: the key of a link, the inputs of a masked value); the
/// <see cref="Always(Expression{Func{T, object}}[])"/> members are read whatever is selected (<c>[IsProjected(true)]</c>).
/// </summary>
public sealed class ProjectedFields<T>
    where T : class, new()
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(T), "row");

    private readonly HashSet<PropertyInfo> _always = [];
    private readonly Dictionary<string, HashSet<PropertyInfo>> _requires = new(StringComparer.Ordinal);

    /// <summary>The properties a projection can set, in declaration order: public, readable, settable and mapped.</summary>
    internal static PropertyInfo[] Properties { get; } = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
            && p.GetCustomAttribute<NotMappedAttribute>() is null)
        .ToArray();

    internal IReadOnlyDictionary<string, HashSet<PropertyInfo>> Required => _requires;

    /// <summary>Reads <paramref name="members"/> in every query, selected or not (keys the resolvers or the audit need).</summary>
    public ProjectedFields<T> Always(params Expression<Func<T, object?>>[] members)
    {
        _always.UnionWith(members.Select(Property));
        return this;
    }

    /// <summary>When the GraphQL field <paramref name="field"/> is selected, reads <paramref name="members"/> too.</summary>
    public ProjectedFields<T> Requires(string field, params Expression<Func<T, object?>>[] members) =>
        Requires(field, members.Select(Property));

    /// <summary>When the GraphQL field <paramref name="field"/> is selected, reads the member <paramref name="member"/> reads too (e.g. a link's key).</summary>
    public ProjectedFields<T> Requires(string field, LambdaExpression member) => Requires(field, [Property(member)]);

    /// <summary>When the GraphQL field <paramref name="field"/> is selected, reads the properties named <paramref name="properties"/> too (any case).</summary>
    public ProjectedFields<T> Requires(string field, params string[] properties) => Requires(field, properties.Select(name =>
        Named(name) ?? throw new ArgumentException($"{typeof(T).Name} has no settable mapped property \"{name}\" for \"{field}\" to read.", nameof(properties))));

    /// <summary>
    /// The GraphQL fields <paramref name="fields"/> read no member of <typeparamref name="T"/>: another source serves them
    /// (HotChocolate's <c>[IsProjected(false)]</c>), so selecting them adds no column and does not force the whole row.
    /// </summary>
    public ProjectedFields<T> NotProjected(params string[] fields)
    {
        foreach (var field in fields)
        {
            Requires(field, Enumerable.Empty<PropertyInfo>());
        }

        return this;
    }

    /// <summary>
    /// <c>row => new T { A = row.A, … }</c> over the properties the GraphQL fields <paramref name="selected"/> read and those
    /// always read, in declaration order (so one selection is one cached EF Core query); <c>__typename</c> reads nothing.
    /// Null when a selected field reads nothing this knows of: then the whole row must be read.
    /// </summary>
    public Expression<Func<T, T>>? Selector(IEnumerable<string> selected)
    {
        var read = new HashSet<PropertyInfo>(_always);
        foreach (var name in selected.Where(name => !name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (Reads(name) is not { } reads)
            {
                return null;
            }

            read.UnionWith(reads);
        }

        var bindings = Properties.Where(read.Contains).Select(p => Expression.Bind(p, Expression.Property(Row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), Row);
    }

    /// <summary>What the GraphQL field <paramref name="field"/> reads: its own property and what it requires; null when neither is known.</summary>
    internal IEnumerable<PropertyInfo>? Reads(string field)
    {
        var own = Named(field);
        var required = _requires.GetValueOrDefault(field);
        if (own is null && required is null)
        {
            return null;
        }

        return own is null ? required! : (required ?? []).Append(own);
    }

    /// <summary>The settable property named <paramref name="name"/> (any case), if any: what a field of that name reads.</summary>
    internal static PropertyInfo? Named(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private ProjectedFields<T> Requires(string field, IEnumerable<PropertyInfo> members)
    {
        if (!_requires.TryGetValue(field, out var required))
        {
            _requires[field] = required = [];
        }

        required.UnionWith(members);
        return this;
    }

    private static PropertyInfo Property(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression } && Named(property.Name) is { } settable
            ? settable
            : throw new ArgumentException($"{member} is not a settable mapped property of {typeof(T).Name} (r => r.Property).", nameof(member));
    }
}
