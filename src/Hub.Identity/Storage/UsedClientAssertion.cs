namespace Hub.Identity.Storage;

/// <summary>A client-assertion <c>jti</c> already redeemed; the unique key makes replay fail on every replica.</summary>
public sealed class UsedClientAssertion
{
    public required string ClientId { get; set; }

    public required string TokenId { get; set; }

    /// <summary>The assertion's <c>exp</c>; the row can be pruned after it.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
