using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Projection;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data;

/// <summary>
/// Refuses a field whose data middleware is out of HotChocolate's order (<c>HC0050</c>) when the schema is built. Here a
/// chain reads in the order the value flows, so the right chain is
/// <c>Resolve(…).UseSorting().UseFiltering().UsePaging()</c> (HotChocolate: <c>[UsePaging] [UseProjection] [UseFiltering] [UseSorting]</c>).
/// </summary>
public sealed class DataMiddlewareOrder : ISchemaConvention
{
    private readonly Dictionary<(string Type, string Field), List<DataMiddleware>> _fields = [];

    /// <summary>
    /// Records that <paramref name="field"/> adds <paramref name="middleware"/>. Also registers the data conventions in one
    /// order whichever a field adds first: filtering, sorting and projection read the field's list type before paging makes it a connection.
    /// </summary>
    public static void Record<T>(IFieldDescriptor<T> field, DataMiddleware middleware)
    {
        var builder = field.Builder;
        builder.Convention<FilteringConvention>();
        builder.Convention<SortingConvention>();
        builder.Convention<ProjectionConvention>();
        builder.Convention<PagingConvention>();
        var order = builder.Convention<DataMiddlewareOrder>();
        var key = (field.TypeName, field.FieldName);
        if (!order._fields.TryGetValue(key, out var added))
        {
            order._fields[key] = added = [];
        }

        added.Add(middleware);
    }

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        var errors = _fields
            .Where(field => field.Value.Zip(field.Value.Skip(1)).Any(pair => pair.First >= pair.Second))
            .Select(field => new GraphQLError(
                $"The middleware order of a field pipeline is incorrect: \"{field.Key.Type}.{field.Key.Field}\" adds {string.Join(", ", field.Value.Select(m => "Use" + m))}. "
                + "Data middleware must be added as Resolve(…).UseSorting().UseFiltering().UseProjection().UsePaging() (HotChocolate: [UsePaging], [UseProjection], [UseFiltering], [UseSorting]).",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Schema.MiddlewareOrderInvalid }))
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidSchemaException(errors);
        }
    }
}
