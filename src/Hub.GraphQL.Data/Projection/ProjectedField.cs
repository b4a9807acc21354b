using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Projection;

/// <summary>A field that takes <c>UseProjection()</c>, as <see cref="ProjectionConvention"/> sees it whatever its row type.</summary>
internal interface IProjectedField
{
    /// <summary>Checks, against the merged SDL, that every field of the node type reads some member, and plans the reads.</summary>
    void Plan(SchemaConventionContext context, string typeName, string fieldName);
}

/// <summary>A projected list field over rows of <typeparamref name="T"/>: its node type, checked against the SDL when the schema is built.</summary>
internal sealed class ProjectedField<T>(ProjectedFields<T> fields) : IProjectedField
    where T : class, new()
{
    /// <summary>What the rows' fields read.</summary>
    public ProjectedFields<T> Fields { get; } = fields;

    /// <summary>The GraphQL type of the rows; set when the schema is built.</summary>
    public string NodeType { get; private set; } = "";

    /// <inheritdoc />
    public void Plan(SchemaConventionContext context, string typeName, string fieldName)
    {
        NodeType = ListItemType(context.GetField(typeName, fieldName).Type)
            ?? throw new InvalidOperationException($"\"{typeName}.{fieldName}\" projects its rows, so its SDL type must be a list of them.");
        var declared = context.ObjectFields(NodeType).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        if (Fields.Required.Keys.FirstOrDefault(f => !declared.Contains(f)) is { } unknown)
        {
            throw new InvalidOperationException($"\"{NodeType}.{unknown}\" is named as requiring members of {typeof(T).Name}, but {NodeType} has no such field.");
        }

        if (declared.FirstOrDefault(name => Fields.Reads(name) is null) is { } unread)
        {
            throw new InvalidOperationException(
                $"\"{NodeType}.{unread}\" cannot be projected: {typeof(T).Name} has no settable mapped property of that name. Name what it reads with Requires(\"{unread}\", …).");
        }
    }

    private static string? ListItemType(TypeNode type)
    {
        var list = (type as NonNullTypeNode)?.Type ?? type;
        var item = (list as ListTypeNode)?.Type;
        return ((item as NonNullTypeNode)?.Type ?? item) is NamedTypeNode named ? named.Name.Value : null;
    }
}
