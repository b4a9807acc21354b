namespace Hub.Identity.Storage;

/// <summary>A scope of the catalogue (policies/scopes.yaml), stored by its bare name.</summary>
public sealed class Scope
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }
}
