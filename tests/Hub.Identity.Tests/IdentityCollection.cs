namespace Hub.Identity.Tests;

/// <summary>Test classes that share one seeded database and server.</summary>
[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFixture>
{
    public const string Name = "identity";
}
