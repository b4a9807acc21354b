namespace Hub.Server.Tests.SharedData;

/// <summary>
/// A hub on PostgreSQL with <see cref="SharedDataRows"/> and the extra rows a derived fixture delivers, and two tokens:
/// one with the fixture's read scopes, one that adds <c>persons.reveal</c>.
/// </summary>
public abstract class ExtraRowsFixture(string readScopes) : IAsyncLifetime
{
    public SharedDataServer Server { get; private set; } = null!;

    public string ReadToken { get; private set; } = null!;

    public string RevealToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SharedDataServer.StartAsync(onPostgres: true);
        ReadToken = await Server.TokenAsync(readScopes.Split(' '));
        RevealToken = await Server.TokenAsync([.. readScopes.Split(' '), "persons.reveal"]);
        await Server.ImportAsync(Files());
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The extra rows, as CSV lines per data set.</summary>
    protected abstract IEnumerable<(string DataSet, string[] Lines)> Files();
}
