using Hub.GraphQL.Errors;
using Hub.Identity.Storage;
using Hub.Server.Schema;

namespace Hub.Server.Hosting;

/// <summary>The GraphQL error reported where a field, or a whole request, needed the unreachable database.</summary>
public static class DatabaseUnavailableError
{
    /// <summary>An error for the whole request (no path).</summary>
    public static GraphQLError Create() => new GraphQLError(DatabaseOutage.Message).WithCode(HubErrorCodes.DatabaseUnavailable);

    /// <summary><paramref name="error"/>'s location and path with the outage's message and code; the exception (which
    /// names the server) stays in the log.</summary>
    public static GraphQLError Replacing(GraphQLError error) =>
        error.WithMessage(DatabaseOutage.Message).WithOriginalError(null).WithCode(HubErrorCodes.DatabaseUnavailable);
}
