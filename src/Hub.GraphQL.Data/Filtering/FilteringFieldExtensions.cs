using System.Linq.Expressions;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>HotChocolate's <c>UseFiltering()</c> for fields configured with <see cref="SchemaBuilder.Field"/>.</summary>
public static class FilteringFieldExtensions
{
    /// <summary>
    /// Filters the field's query by its <c>where</c> argument (<see cref="FilteringConvention"/> declares it and the
    /// <c>{Node}FilterInput</c>): translated to a LINQ predicate the database evaluates. <paramref name="fields"/> names
    /// the filterable fields (all mapped properties of the row by default); <paramref name="options"/> sets a guard and limits
    /// other than the schema's (<see cref="FilteringConvention.Limits"/>). Added after <c>UseSorting()</c> and before <c>UsePaging()</c>.
    /// </summary>
    public static IFieldDescriptor<IQueryable<T>> UseFiltering<T>(
        this IFieldDescriptor<IQueryable<T>> field, QueryableFields<T>? fields = null, FilteringOptions? options = null)
    {
        var filtered = new FilteredField(fields ?? QueryableFields<T>.Implicit(), options ?? FilteringOptions.Default);
        DataMiddlewareOrder.Record(field, DataMiddleware.Filtering);
        field.Builder.Convention<FilteringConvention>().Add(field.TypeName, field.FieldName, filtered);
        var coordinate = $"{field.TypeName}.{field.FieldName}";
        return field.Use(next => async context =>
        {
            var query = (IQueryable<T>)(await next(context).ConfigureAwait(false))!;
            if (context.ArgumentValue("where") is not IReadOnlyDictionary<string, object?> where)
            {
                return query;
            }

            var type = filtered.Type!;
            var (predicate, uses) = QueryableFilter.Translate(type, filtered.Limits, where, coordinate);
            if (filtered.Options.Guard is { } guard)
            {
                await guard(context, uses).ConfigureAwait(false);
            }

            return query.Where(Expression.Lambda<Func<T, bool>>(predicate, type.Row));
        });
    }
}
