using System.Net.Sockets;
using Npgsql;

namespace Hub.Identity.Storage;

/// <summary>
/// Tells an unreachable database (refused or dropped connections, a server shutting down or starting, a pool that
/// stayed exhausted) from every other error, so callers answer 503 and retry instead of reporting a fault.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What clients are told while the database cannot be reached.</summary>
    public const string Message = "The database is unavailable; retry later.";

    /// <summary>How long clients are asked to wait before retrying (the <c>Retry-After</c> header, in seconds).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when <paramref name="exception"/> or one of its causes says the database cannot be reached.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsUnavailableState(postgres.SqlState);
                // Npgsql wraps socket and stream failures, and a pool that stayed exhausted for the connection
                // timeout (a TimeoutException).
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                    return true;
            }
        }

        return false;
    }

    // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or still starting; 53300: no
    // connection slot left.
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";
}
