namespace Hub.Identity.Storage;

/// <summary>
/// Failed client authentications of one presented client id in one minute with one endpoint, method and reason,
/// summed over every hub process until the minute's audit record is written.
/// </summary>
public sealed class FailedAuthenticationCount
{
    /// <summary>The start of the minute (UTC).</summary>
    public DateTimeOffset Minute { get; set; }

    public required string ClientId { get; set; }

    public required string Endpoint { get; set; }

    public required string Method { get; set; }

    public required string Reason { get; set; }

    public int Count { get; set; }
}
