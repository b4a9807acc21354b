using System.Security.Claims;
using Hub.Identity.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Server.Tests.Bench;

/// <summary>
/// A minimal API endpoint on a free 127.0.0.1 port that answers <c>POST /penalties</c> with a handler written by hand:
/// the floor a data-path comparison measures the hub against (<see cref="HandWrittenPenaltiesEndpoint"/>,
/// <see cref="HandWrittenLinkedPenaltiesEndpoint"/>).
/// </summary>
public sealed class HandWrittenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HandWrittenEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The endpoint's address (POST, any body).</summary>
    public Uri Address { get; }

    /// <summary>Starts an endpoint whose every POST is answered by <paramref name="handler"/>.</summary>
    public static async Task<HandWrittenEndpoint> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var port = HubKestrelServer.FreePort();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/penalties", handler);
        await app.StartAsync();
        return new HandWrittenEndpoint(app, new Uri($"http://127.0.0.1:{port}/penalties"));
    }

    /// <summary>
    /// The principal the hub builds from a token of <paramref name="clientId"/> at <paramref name="agency"/> (a test
    /// procuratorate of 430281) with <paramref name="scopes"/>.
    /// </summary>
    public static ClaimsPrincipal Caller(string clientId, string agency, IEnumerable<string> scopes) => new(new ClaimsIdentity(
        [
            new Claim(AccessTokenClaims.ClientId, clientId), new Claim(AccessTokenClaims.Agency, agency),
            new Claim(AccessTokenClaims.AgencyKind, "procuratorate"), new Claim(AccessTokenClaims.Region, "430281"),
            .. scopes.Select(scope => new Claim(AccessTokenClaims.Scope, scope)),
        ], "Bearer"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
