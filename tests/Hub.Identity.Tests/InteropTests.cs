using Hub.Testing;

namespace Hub.Identity.Tests;

/// <summary>openid-client 6.8.9 and jose 6.2.17 (tests/js/oauth) against the running server.</summary>
[Collection(IdentityCollection.Name)]
public sealed class InteropTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Openid_client_and_jose_interoperate_with_secret_basic_and_private_key_jwt()
    {
        var run = await NodeScript.ExecuteAsync("oauth", ["--test", "--test-reporter=tap", "interop.test.mjs"], TimeSpan.FromMinutes(2), new Dictionary<string, string>
        {
            ["AS_ISSUER"] = fixture.Server.Issuer,
            ["AS_RESOURCE"] = fixture.Server.Resource,
            ["AS_SCOPE"] = "clues.read",
            ["AS_CLIENT_ID"] = fixture.SecretClientId,
            ["AS_CLIENT_SECRET"] = fixture.SecretClientSecret,
            ["AS_AWKWARD_SECRET"] = IdentityFixture.AwkwardSecret,
            ["AS_JWT_CLIENT_ID"] = fixture.JwtClientId,
            ["AS_JWT_CLIENT_KID"] = fixture.JwtClientKeyId,
            ["AS_JWT_CLIENT_KEY"] = fixture.JwtClientKey.ExportPkcs8PrivateKeyPem(),
        });

        var output = run.Output + run.Error;
        Assert.True(run.ExitCode == 0, output);
        Assert.Contains("# pass 5", output);
        Assert.Contains("# fail 0", output);
    }
}
