using Hub.GraphQL.AspNetCore;
using Hub.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Server.Tests.Transport;

/// <summary>The transport on a real Kestrel port (127.0.0.1, any free port) over <see cref="TransportTestSchema"/>.</summary>
public sealed class TransportServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base address.</summary>
    public Uri Address { get; }

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; }

    /// <summary>The GraphQL endpoint's address.</summary>
    public Uri GraphQL => new(Address, "/graphql");

    public static async Task<TransportServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null, string environment = "Production", TimeSpan? executionTimeout = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IRequestExecutor>(TransportTestSchema.CreateExecutor(executionTimeout));
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql", configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TransportServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
