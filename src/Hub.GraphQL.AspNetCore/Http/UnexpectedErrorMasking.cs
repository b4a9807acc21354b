using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// HotChocolate's rule for errors a resolver did not mean to show: an exception that is not a
/// <see cref="GraphQLException"/> becomes "Unexpected Execution Error"; its message and stack trace are added
/// (as <c>extensions.message</c>/<c>stackTrace</c>) only when exception details are enabled (Development). The code
/// is HotChocolate's HC0008 (an unexpected error while processing the request).
/// </summary>
internal static class UnexpectedErrorMasking
{
    public const string Message = "Unexpected Execution Error";

    public static ExecutionResult Apply(ExecutionResult result, bool includeExceptionDetails)
    {
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(IsUnexpected))
        {
            return result;
        }

        var masked = errors.Select(error => IsUnexpected(error) ? Mask(error, error.OriginalError!, includeExceptionDetails) : error).ToList();
        return new ExecutionResult { Errors = masked, Data = result.Data, HasData = result.HasData, Extensions = result.Extensions };
    }

    /// <summary>The error reported for an exception that escaped execution itself.</summary>
    public static GraphQLError FromException(Exception exception, bool includeExceptionDetails) =>
        Mask(new GraphQLError(Message), exception, includeExceptionDetails);

    private static bool IsUnexpected(GraphQLError error) =>
        error.OriginalError is { } exception && exception is not GraphQLException;

    private static GraphQLError Mask(GraphQLError error, Exception exception, bool includeExceptionDetails)
    {
        var masked = error.WithMessage(Message).WithCode(ErrorCodes.Execution.TaskProcessingError);
        return includeExceptionDetails
            ? masked.WithExtension("message", exception.Message).WithExtension("stackTrace", exception.ToString())
            : masked;
    }
}
