using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Paging;

/// <summary>HotChocolate's <c>UsePaging()</c> for fields configured with <see cref="SchemaBuilder.Field"/>.</summary>
public static class PagingFieldExtensions
{
    /// <summary>
    /// Serves the field's ordered query as a cursor connection: the field declared in SDL as a list of nodes
    /// (<c>letters: [String!]</c>) gets <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> and returns
    /// <c>LettersConnection</c> (<see cref="PagingConvention"/>); the middleware reads one page of the query and counts it
    /// only when <c>totalCount</c> is selected. The query must have a total, stable order, and whatever it reads from
    /// must live until the operation ends (<c>RegisterForCleanup</c>), since <c>totalCount</c> is resolved later.
    /// </summary>
    public static IFieldDescriptor<Connection<T>> UsePaging<T>(this IFieldDescriptor<IQueryable<T>> field, PagingOptions? options = null)
    {
        var paging = options ?? PagingOptions.Default;
        DataMiddlewareOrder.Record(field, DataMiddleware.Paging);
        field.Builder.Convention<PagingConvention>().Add(field.TypeName, field.FieldName, paging);
        return field.Use<Connection<T>>(next => async context =>
        {
            // The resolver runs first, so its own argument errors come before the paging arguments' (as they always have).
            var query = (IQueryable<T>)(await next(context))!;
            var arguments = PagingArguments.From(context, paging);
            var aborted = context.RequestAborted;
            // Awaited on the executor's context, as resolver code must be (see ExecutionPump).
            return await query.ToConnectionAsync(arguments, () => QueryableCursorPaging.CountAsync(query, aborted), aborted);
        });
    }
}
