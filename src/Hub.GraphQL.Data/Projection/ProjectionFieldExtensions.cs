using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Projection;

/// <summary>HotChocolate's <c>UseProjection()</c> for fields configured with <see cref="SchemaBuilder.Field"/>.</summary>
public static class ProjectionFieldExtensions
{
    /// <summary>
    /// Reads only the members the request's selection needs: the query becomes <c>Select(row => new T { A = row.A, … })</c>
    /// over the properties of the selected fields of the node type (through a connection's <c>nodes</c> and
    /// <c>edges.node</c>) and those <paramref name="fields"/> requires or always reads, which EF Core translates to a column
    /// list. Added after <c>UseFiltering()</c> and before <c>UsePaging()</c>, so filters and orders still see whole rows.
    /// </summary>
    public static IFieldDescriptor<IQueryable<T>> UseProjection<T>(this IFieldDescriptor<IQueryable<T>> field, ProjectedFields<T>? fields = null)
        where T : class, new()
    {
        var projected = new ProjectedField<T>(fields ?? new ProjectedFields<T>());
        DataMiddlewareOrder.Record(field, DataMiddleware.Projection);
        field.Builder.Convention<ProjectionConvention>().Add(field.TypeName, field.FieldName, projected);
        return field.Use(next => async context =>
        {
            var query = (IQueryable<T>)(await next(context).ConfigureAwait(false))!;
            var selector = context.GetSelection() is { } selection
                ? projected.Fields.Selector(SelectedNodeFields.Of(selection, projected.NodeType))
                : null;
            return selector is null ? query : query.Select(selector);
        });
    }
}
