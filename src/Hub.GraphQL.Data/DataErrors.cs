using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Data;

/// <summary>The errors of <c>where</c> and <c>order</c>, shaped as HotChocolate's: a message, a code and named extensions.</summary>
internal static class DataErrors
{
    /// <summary>HotChocolate's <c>HC0026</c>: a null where the filter needs a value.</summary>
    public static GraphQLException NonNull(string operation, string filterType, string expectedType) => Error(
        $"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.",
        ErrorCodes.Data.NonNullError, ("expectedType", expectedType), ("filterType", filterType));

    /// <summary>An error with <paramref name="code"/> and the given extensions.</summary>
    public static GraphQLException Error(string message, string code, params (string Key, object? Value)[] extensions)
    {
        var all = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions)
        {
            all[key] = value;
        }

        return new GraphQLException(new GraphQLError(message, extensions: all));
    }
}
