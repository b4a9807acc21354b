using System.Collections;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>HotChocolate's <c>UseSorting()</c> for fields configured with <see cref="SchemaBuilder.Field"/>.</summary>
public static class SortingFieldExtensions
{
    /// <summary>
    /// Orders the field's query by its <c>order</c> argument (<see cref="SortingConvention"/> declares it and the
    /// <c>{Node}SortInput</c>), then by the stable key of <paramref name="fields"/>; without <c>order</c> the resolver's
    /// own order stands. The first data middleware after the resolver (before <c>UseFiltering()</c> and <c>UsePaging()</c>).
    /// </summary>
    public static IFieldDescriptor<IQueryable<T>> UseSorting<T>(
        this IFieldDescriptor<IQueryable<T>> field, QueryableFields<T>? fields = null, SortingOptions? options = null)
    {
        var sorted = new SortedField(fields ?? QueryableFields<T>.Implicit(), options ?? SortingOptions.Default);
        DataMiddlewareOrder.Record(field, DataMiddleware.Sorting);
        field.Builder.Convention<SortingConvention>().Add(field.TypeName, field.FieldName, sorted);
        return field.Use(next => async context =>
        {
            var query = (IQueryable<T>)(await next(context).ConfigureAwait(false))!;
            if (context.ArgumentValue("order") is not IEnumerable order)
            {
                return query;
            }

            var uses = QueryableSort.Uses(order);
            if (sorted.Options.Guard is { } guard)
            {
                await guard(context, uses).ConfigureAwait(false);
            }

            return QueryableSort.Apply(query, sorted.Type!, uses);
        });
    }
}
