namespace Hub.Identity.Storage;

/// <summary>How many key lookups of one client found nothing in one clock hour, summed over every hub process.</summary>
public sealed class KeyLookupMisses
{
    public required string ClientId { get; set; }

    /// <summary>The start of the hour (UTC).</summary>
    public DateTimeOffset Hour { get; set; }

    public int Misses { get; set; }
}
