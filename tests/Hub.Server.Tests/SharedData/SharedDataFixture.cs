namespace Hub.Server.Tests.SharedData;

/// <summary>One hub on a fresh PostgreSQL database with the test rows, and tokens of a reading and a revealing client.</summary>
public sealed class SharedDataFixture : IAsyncLifetime
{
    public const string ReadScopes = "persons.read organizations.read enforcement.read judicial.read";

    public SharedDataServer Server { get; private set; } = null!;

    /// <summary>A client with the read scopes only.</summary>
    public string ReadToken { get; private set; } = null!;

    /// <summary>A client with the read scopes and <c>persons.reveal</c>.</summary>
    public string RevealToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SharedDataServer.StartAsync(onPostgres: true);
        ReadToken = await Server.TokenAsync(ReadScopes.Split(' '));
        RevealToken = await Server.TokenAsync([.. ReadScopes.Split(' '), "persons.reveal"]);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
