using System.Diagnostics.Metrics;
using Hub.Data.Hosting;

namespace Hub.Identity.Server;

/// <summary>Access tokens issued, counted by grant type and client authentication method (<c>hub.tokens.issued</c>).</summary>
internal static class TokenIssuanceTelemetry
{
    private static readonly Counter<long> Issued = HubDiagnostics.Meter.CreateCounter<long>(
        "hub.tokens.issued", "{token}", "Access tokens issued, by grant type and client authentication method.");

    public static void Record(string? grantType, string method) =>
        Issued.Add(1, new KeyValuePair<string, object?>("oauth.grant_type", grantType ?? "none"), new KeyValuePair<string, object?>("oauth.client_auth_method", method));
}
