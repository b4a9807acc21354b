using Hub.Identity.Audit;
using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.ClientAuthentication;

/// <summary>Checks presented client credentials against the store; every failure is audited (tallied per client id and minute).</summary>
public sealed class ClientAuthenticator(
    IDbContextFactory<IdentityDbContext> contextFactory,
    ClientAssertionValidator assertionValidator,
    FailedAuthenticationTally failures,
    TimeProvider time)
{
    // Verifying against this hash when the client is unknown keeps the answer time the same as for a wrong secret.
    private static readonly string s_unknownClientHash = ClientSecretHasher.Hash(Guid.NewGuid().ToString());

    /// <summary>Authenticates the client of an OAuth request (token, introspection or revocation endpoint).</summary>
    public async Task<(AuthenticatedClient? Client, OAuthError? Error)> AuthenticateAsync(
        HttpContext context, OAuthForm form, string endpoint)
    {
        var (presented, readError) = ClientCredentialsReader.Read(context.Request, form);
        if (presented is null)
        {
            return (null, readError);
        }

        var cancellationToken = context.RequestAborted;
        var clientId = presented.ClientId ?? assertionValidator.ReadIssuer(presented.Assertion);
        Client? client = null;
        if (clientId is { Length: <= Client.MaxClientIdLength })
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            client = await db.Clients.AsNoTracking().Include(c => c.Agency).Include(c => c.Secrets)
                .FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        }

        // Credentials first: only a caller who proves to be the client may learn that its agency is suspended.
        var failure = client is null
            ? RejectUnknown(presented)
            : await CheckCredentialsAsync(client, presented, cancellationToken)
              ?? (client.Agency.Suspended ? "The client's agency is suspended." : null);

        if (failure is null)
        {
            return (new AuthenticatedClient(client!, presented.Method), null);
        }

        failures.Add(AuditedClientId(clientId), endpoint, presented.Method.ToString(), failure);
        return (null, OAuthError.InvalidClient(failure, presented.UsedBasic));
    }

    /// <summary>
    /// The presented client id as the audit records it: cut to the longest real one, because anyone can send a failing
    /// request and the audit trail is append-only (megabyte ids would pile up there for good).
    /// </summary>
    private static string AuditedClientId(string? clientId) => clientId switch
    {
        null => "(unknown)",
        { Length: > Client.MaxClientIdLength } => clientId[..Client.MaxClientIdLength] + "…",
        _ => clientId,
    };

    private static string RejectUnknown(PresentedClientCredentials presented)
    {
        if (presented.Secret is not null)
        {
            ClientSecretHasher.Verify(s_unknownClientHash, presented.Secret);
        }

        return "The client is unknown or its credentials are wrong.";
    }

    private async Task<string?> CheckCredentialsAsync(Client client, PresentedClientCredentials presented, CancellationToken cancellationToken) =>
        presented.Method == ClientAuthenticationMethod.PrivateKeyJwt
            ? await assertionValidator.ValidateAsync(client, presented.Assertion!, cancellationToken)
            : CheckSecret(client, presented.Secret!);

    private string? CheckSecret(Client client, string secret)
    {
        var now = time.GetUtcNow();
        var matching = client.Secrets.FirstOrDefault(s => ClientSecretHasher.Verify(s.Hash, secret));
        return matching switch
        {
            null => "The client is unknown or its credentials are wrong.",
            { ExpiresAt: { } expiresAt } when expiresAt <= now => "The client secret has expired.",
            _ => null,
        };
    }
}
