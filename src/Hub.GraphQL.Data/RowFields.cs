using System.Linq.Expressions;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data;

/// <summary>
/// The filterable or sortable fields of a GraphQL object type, resolved against the merged SDL: the type's name (what the
/// input types are named after) and, per field, its shape and GraphQL type and the member's body over one row parameter.
/// </summary>
internal sealed record RowFields(string NodeType, ParameterExpression Row, IReadOnlyList<RowField> Fields)
{
    /// <summary>The node type of the list field <c>typeName.fieldName</c> (declared <c>[Node!]</c>).</summary>
    public static string NodeTypeOf(SchemaConventionContext context, string typeName, string fieldName) =>
        ListItemName(context.GetField(typeName, fieldName).Type)
        ?? throw new InvalidOperationException($"\"{typeName}.{fieldName}\" filters or sorts its rows, so its SDL type must be a list of them.");

    /// <summary>
    /// Resolves <paramref name="fields"/> against the object type <paramref name="nodeType"/>: a scalar or enum field whose
    /// member compares in SQL is a leaf; an object field over a class member is a nested object (a navigation); with
    /// <paramref name="lists"/>, a list field over a collection member is a list of objects or of leaves. Fields the type
    /// does not declare, or whose member cannot serve them, are left out; when the fields were named explicitly, that is
    /// a schema error instead.
    /// </summary>
    public static RowFields Resolve(SchemaConventionContext context, string nodeType, QueryableFields fields, bool lists)
    {
        var enums = context.Definitions.OfType<EnumTypeDefinitionNode>().Select(e => e.Name.Value).ToHashSet(StringComparer.Ordinal);
        var objects = context.Definitions.OfType<ObjectTypeDefinitionNode>().Select(e => e.Name.Value).ToHashSet(StringComparer.Ordinal);
        var declared = context.ObjectFields(nodeType).ToDictionary(f => f.Name.Value, f => f.Type, StringComparer.Ordinal);
        var row = Expression.Parameter(fields.RowType, "row");
        var resolved = new List<RowField>();
        foreach (var candidate in fields.Fields)
        {
            if (!declared.TryGetValue(candidate.Name, out var type))
            {
                Refuse(fields, $"\"{nodeType}.{candidate.Name}\" is named as filterable or sortable, but {nodeType} has no such field.");
                continue;
            }

            var named = NamedType(type);
            var isEnum = enums.Contains(named);
            var member = Rebind(candidate.Member, row);
            var shape = (ListItemName(type) is not null, objects.Contains(named)) switch
            {
                (false, false) when QueryableMembers.IsTranslatable(named, isEnum, candidate.MemberType) => RowFieldShape.Leaf,
                (false, true) when QueryableMembers.IsNavigation(candidate.MemberType) => RowFieldShape.Object,
                (true, true) when lists && QueryableMembers.ElementOf(candidate.MemberType) is { } element && QueryableMembers.IsNavigation(element) => RowFieldShape.ObjectList,
                (true, false) when lists && QueryableMembers.ElementOf(candidate.MemberType) is { } element && QueryableMembers.IsTranslatable(named, isEnum, element) => RowFieldShape.LeafList,
                _ => (RowFieldShape?)null,
            };
            if (shape is { } known)
            {
                resolved.Add(new RowField(candidate.Name, named, isEnum, member, known));
            }
            else if (ListItemName(type) is null || lists)
            {
                Refuse(fields, $"\"{nodeType}.{candidate.Name}\" ({named}) cannot be compared in SQL through a member of type {candidate.MemberType.Name}.");
            }
        }

        return new RowFields(nodeType, row, resolved);
    }

    /// <summary><paramref name="member"/>'s body over <paramref name="row"/> instead of its own parameter.</summary>
    public static Expression Rebind(LambdaExpression member, ParameterExpression row) => Substitute(member.Body, member.Parameters[0], row);

    /// <summary><paramref name="body"/> with <paramref name="from"/> replaced by <paramref name="to"/>: a nested type's predicate or key over its parent's row.</summary>
    public static Expression Substitute(Expression body, ParameterExpression from, Expression to) => new ParameterSwap(from, to).Visit(body);

    private static void Refuse(QueryableFields fields, string message)
    {
        if (fields.IsExplicit)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string? ListItemName(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => ListItemName(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        _ => null,
    };

    private static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>
    /// Refuses an input type that another field generates again with other fields: one GraphQL name, one shape.
    /// <paramref name="advice"/> says how to make them agree.
    /// </summary>
    public static void RequireSameFields(string inputName, IEnumerable<string>? earlier, IEnumerable<string> now, string coordinate, string advice)
    {
        if (earlier is not null && !earlier.SequenceEqual(now))
        {
            throw new InvalidOperationException($"{inputName} is generated twice with different fields (\"{coordinate}\"); {advice}.");
        }
    }
}

/// <summary>What a filterable or sortable field is: a leaf, a nested object, or a list of objects or of leaves.</summary>
internal enum RowFieldShape
{
    Leaf,
    Object,
    ObjectList,
    LeafList,
}

/// <summary>A filterable or sortable field: its GraphQL name, named type and shape, and what it reads from the row.</summary>
internal sealed record RowField(string Name, string GraphQLType, bool IsEnum, Expression Member, RowFieldShape Shape)
{
    /// <summary>The CLR type of the nested object or of the list's elements.</summary>
    public Type ElementType => Shape switch
    {
        RowFieldShape.Object => Member.Type,
        RowFieldShape.ObjectList or RowFieldShape.LeafList => QueryableMembers.ElementOf(Member.Type)!,
        _ => Member.Type,
    };
}
