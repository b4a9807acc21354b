using System.Linq.Expressions;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data;

/// <summary>
/// The filterable or sortable fields of a list field's node type, resolved against the merged SDL: the GraphQL type name
/// (what the input types are named after) and, per field, its leaf type and the member's body over one row parameter.
/// </summary>
internal sealed record RowFields(string NodeType, ParameterExpression Row, IReadOnlyList<RowField> Fields)
{
    /// <summary>
    /// Resolves <paramref name="fields"/> for the list field <c>typeName.fieldName</c> (declared <c>[Node!]</c>). Fields the
    /// node type does not declare as a leaf, or whose member cannot be compared in SQL, are left out; when the fields were
    /// named explicitly, that is a schema error instead.
    /// </summary>
    public static RowFields Resolve(SchemaConventionContext context, string typeName, string fieldName, QueryableFields fields, bool explicitly)
    {
        var field = context.GetField(typeName, fieldName);
        var nodeType = ListItemName(field.Type)
            ?? throw new InvalidOperationException($"\"{typeName}.{fieldName}\" filters or sorts its rows, so its SDL type must be a list of them.");
        var enums = context.Definitions.OfType<EnumTypeDefinitionNode>().Select(e => e.Name.Value).ToHashSet(StringComparer.Ordinal);
        var declared = context.ObjectFields(nodeType)
            .Where(f => f.Type is NamedTypeNode or NonNullTypeNode { Type: NamedTypeNode })
            .ToDictionary(f => f.Name.Value, f => NamedType(f.Type), StringComparer.Ordinal);
        var row = Expression.Parameter(fields.RowType, "row");
        var resolved = new List<RowField>();
        foreach (var candidate in fields.Fields)
        {
            var isEnum = declared.TryGetValue(candidate.Name, out var leafType) && enums.Contains(leafType);
            if (leafType is not null && QueryableMembers.IsTranslatable(leafType, isEnum, candidate.MemberType))
            {
                resolved.Add(new RowField(candidate.Name, leafType, isEnum, Rebind(candidate.Member, row)));
            }
            else if (explicitly)
            {
                throw new InvalidOperationException(leafType is null
                    ? $"\"{nodeType}.{candidate.Name}\" is named as filterable or sortable, but {nodeType} has no such scalar or enum field."
                    : $"\"{nodeType}.{candidate.Name}\" ({leafType}) cannot be compared in SQL through a member of type {candidate.MemberType.Name}.");
            }
        }

        return new RowFields(nodeType, row, resolved);
    }

    /// <summary><paramref name="member"/>'s body over <paramref name="row"/> instead of its own parameter.</summary>
    public static Expression Rebind(LambdaExpression member, ParameterExpression row) =>
        new ParameterSwap(member.Parameters[0], row).Visit(member.Body);

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

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A filterable or sortable field: its GraphQL name and leaf type, and what it reads from the row.</summary>
internal sealed record RowField(string Name, string GraphQLType, bool IsEnum, Expression Member);
