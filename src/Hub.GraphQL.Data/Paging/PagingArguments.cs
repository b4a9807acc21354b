using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Data.Paging;

/// <summary>
/// The Relay arguments of a connection field, validated as HotChocolate does: <c>first</c>/<c>last</c> within
/// 0..<see cref="PagingOptions.MaxPageSize"/> (HC0079, HC0051) and cursors the connection issued (HC0078).
/// <c>After</c>/<c>Before</c> are the decoded indexes.
/// </summary>
public sealed record PagingArguments(int? First, int? After, int? Last, int? Before)
{
    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> of the field being resolved.</summary>
    public static PagingArguments From(IResolverContext context, PagingOptions options)
    {
        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var first = PageSize(context.ArgumentValue("first") as int?, coordinate, options);
        var last = PageSize(context.ArgumentValue("last") as int?, coordinate, options);
        var after = Cursor(context.ArgumentValue("after") as string, "after");
        var before = Cursor(context.ArgumentValue("before") as string, "before");
        return new PagingArguments(first is null && last is null ? options.DefaultPageSize : first, after, last, before);
    }

    private static int? PageSize(int? requested, string coordinate, PagingOptions options)
    {
        if (requested < 0)
        {
            throw Error("The requested number of values per page must be at least 0.", ErrorCodes.Paging.MinPaginationItems,
                ("coordinate", coordinate), ("requestedItems", requested));
        }

        if (requested > options.MaxPageSize)
        {
            throw Error("The maximum allowed items per page were exceeded.", ErrorCodes.Paging.MaxPaginationItems,
                ("coordinate", coordinate), ("requestedItems", requested), ("maxAllowedItems", options.MaxPageSize));
        }

        return requested;
    }

    private static int? Cursor(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        return IndexCursor.TryParse(cursor, out var index)
            ? index
            : throw Error($"The cursor specified in `{argument}` has an invalid format.", ErrorCodes.Paging.InvalidCursor,
                ("argument", argument), ("cursor", cursor));
    }

    private static GraphQLException Error(string message, string code, params (string Key, object? Value)[] extensions)
    {
        var all = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions)
        {
            all[key] = value;
        }

        return new GraphQLException([new GraphQLError(message, extensions: all)]);
    }
}
