namespace Hub.Identity.Storage;

/// <summary>A government agency that reaches the hub through one or more OAuth clients.</summary>
public sealed class Agency
{
    public Guid Id { get; set; }

    /// <summary>Stable short code, e.g. <c>PSB</c>; unique.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The kind of agency (procuratorate, public-security, court, …).</summary>
    public required string Kind { get; set; }

    /// <summary>The administrative-division code of the agency's region (GB/T 2260, six digits).</summary>
    public required string RegionCode { get; set; }

    /// <summary>A suspended agency's clients cannot authenticate.</summary>
    public bool Suspended { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Client> Clients { get; set; } = [];
}
