namespace Hub.Server.Tests.Administration;

/// <summary>The administration suites share one hub and database.</summary>
[CollectionDefinition(Name)]
public sealed class AdministrationCollection : ICollectionFixture<AdminHubFixture>
{
    public const string Name = "administration";
}
