using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Projection;

/// <summary>
/// The schema side of <see cref="ProjectionFieldExtensions.UseProjection{T}"/>: the served schema does not change, but each
/// projected field learns, from the merged SDL, which members every field of its node type reads, and a field that reads
/// none it can name fails the build (rather than being served from an unread, default member).
/// </summary>
public sealed class ProjectionConvention : ISchemaConvention
{
    private readonly List<(string Type, string Field, IProjectedField Projected)> _fields = [];

    internal void Add(string typeName, string fieldName, IProjectedField projected) => _fields.Add((typeName, fieldName, projected));

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        foreach (var (typeName, fieldName, projected) in _fields)
        {
            projected.Plan(context, typeName, fieldName);
        }
    }
}
