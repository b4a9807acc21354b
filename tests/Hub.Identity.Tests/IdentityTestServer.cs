using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Hub.Identity.Tokens;
using Hub.Identity.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Tests;

/// <summary>
/// A real Kestrel host on a loopback port running the authorization server and a small protected resource: any
/// authenticated hub client may call <c>/resource</c>; <c>/resource/penalties</c> needs the <c>penalties.read</c> scope.
/// </summary>
public sealed class IdentityTestServer : IAsyncDisposable
{
    public const string PenaltiesScope = "penalties.read";

    private readonly WebApplication _app;

    private IdentityTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The issuer identifier: the base address without a trailing slash.</summary>
    public string Issuer => BaseAddress.ToString().TrimEnd('/');

    public string Resource => Issuer + "/resource";

    public IServiceProvider Services => _app.Services;

    public static async Task<IdentityTestServer> StartAsync(
        string provider, string connectionString, string keyEncryptionKey, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var port = FreePort();
        var issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls(issuer);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        var configuration = new Dictionary<string, string?>
        {
            ["Identity:Issuer"] = issuer,
            ["Identity:DefaultResource"] = issuer + "/resource",
            ["Identity:Resources:0"] = issuer + "/other-resource",
            ["Hub:Database:Provider"] = provider,
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Identity:KeyEncryptionKey"] = keyEncryptionKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddHubIdentity(builder.Configuration);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PenaltiesScope, policy => policy.RequireScope(PenaltiesScope));

        var app = builder.Build();
        app.UseHubAuthentication();
        app.UseAuthorization();

        app.MapGet("/resource", (ClaimsPrincipal user) => Results.Json(new
        {
            client_id = user.FindFirstValue("client_id"),
            agency = user.FindFirstValue("agency"),
            scopes = user.FindAll(AccessTokenClaims.Scope).Select(c => c.Value).ToArray(),
        })).RequireAuthorization();
        app.MapGet("/resource/penalties", () => Results.Json(new { penalties = 3 })).RequireAuthorization(PenaltiesScope);
        app.MapGet("/public", () => Results.Json(new { ok = true }));
        await app.StartAsync();
        return new IdentityTestServer(app, new Uri(issuer + "/"));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public T GetRequiredService<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
