using System.Text.Json;

namespace Hub.Server.Tests.Administration;

/// <summary>Refused admin changes come back in the payload's <c>errors</c> as typed errors naming the problem, with a code.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class AdministrationErrorTests(AdminHubFixture hub)
{
    [Fact]
    public async Task A_duplicate_agency_code_is_a_DuplicateAgencyError()
    {
        var error = await RefusedAsync("createAgency", "CreateAgencyInput",
            new { code = "PSB-430281", name = "Again", kind = "public-security", regionCode = "330700" }, "... on DuplicateAgencyError { agencyCode }");

        Assert.Equal("DuplicateAgencyError", error.GetProperty("__typename").GetString());
        Assert.Equal("DUPLICATE_AGENCY", error.GetProperty("code").GetString());
        Assert.Equal("Agency 'PSB-430281' already exists.", error.GetProperty("message").GetString());
        Assert.Equal("PSB-430281", error.GetProperty("agencyCode").GetString());
    }

    [Fact]
    public async Task A_malformed_region_is_an_InvalidAgencyError()
    {
        var error = await RefusedAsync("createAgency", "CreateAgencyInput",
            new { code = "BAD-REGION", name = "Bad", kind = "court", regionCode = "33070" }, "... on InvalidAgencyError { agencyCode }");

        Assert.Equal("INVALID_AGENCY", error.GetProperty("code").GetString());
        Assert.Equal("Region code '33070' of agency 'BAD-REGION' must be six digits (GB/T 2260).", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_region_missing_from_the_shipped_code_list_is_an_InvalidAgencyError_naming_it()
    {
        var error = await RefusedAsync("createAgency", "CreateAgencyInput",
            new { code = "NO-REGION", name = "Nowhere", kind = "court", regionCode = "439999" }, "... on InvalidAgencyError { agencyCode }");

        Assert.Equal("INVALID_AGENCY", error.GetProperty("code").GetString());
        Assert.Equal("Region code '439999' of agency 'NO-REGION' is not in the hub's GB/T 2260 list (src/Hub.Data/Keys/gb2260.csv).", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_agency_is_an_AgencyNotFoundError_for_registration_and_suspension()
    {
        var registration = await RefusedAsync("registerClient", "RegisterClientInput",
            new { agencyCode = "NOPE-330700", scopes = new[] { "clues.read" } }, "... on AgencyNotFoundError { agencyCode }");
        var suspension = await RefusedAsync("suspendAgency", "SuspendAgencyInput", new { code = "NOPE-330700" }, "... on AgencyNotFoundError { agencyCode }");

        foreach (var error in new[] { registration, suspension })
        {
            Assert.Equal("AGENCY_NOT_FOUND", error.GetProperty("code").GetString());
            Assert.Equal("Agency 'NOPE-330700' does not exist.", error.GetProperty("message").GetString());
            Assert.Equal("NOPE-330700", error.GetProperty("agencyCode").GetString());
        }
    }

    [Fact]
    public async Task Unknown_scopes_are_an_UnknownScopeError_listing_them()
    {
        var error = await RefusedAsync("registerClient", "RegisterClientInput",
            new { agencyCode = "PSB-430281", scopes = new[] { "clues.read", "no.such", "nor.this" } }, "... on UnknownScopeError { scopes }");

        Assert.Equal("UNKNOWN_SCOPE", error.GetProperty("code").GetString());
        Assert.Equal(["no.such", "nor.this"], error.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.StartsWith("Unknown scope(s): no.such, nor.this;", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_short_secret_is_a_SecretTooShortError_and_an_unknown_client_a_ClientNotFoundError()
    {
        var admin = await hub.AdminTokenAsync();
        var shortSecret = await RefusedAsync("addClientSecret", "AddClientSecretInput",
            new { clientId = hub.AdminClientId, secret = "too-short" }, "... on SecretTooShortError { minimumLength }", admin);
        var unknownClient = await RefusedAsync("grantScope", "GrantScopeInput",
            new { clientId = "nobody-0000", scope = "clues.read" }, "... on ClientNotFoundError { clientId }", admin);

        Assert.Equal("SECRET_TOO_SHORT", shortSecret.GetProperty("code").GetString());
        Assert.Equal(32, shortSecret.GetProperty("minimumLength").GetInt32());
        Assert.Equal("A client secret must have at least 32 characters.", shortSecret.GetProperty("message").GetString());
        Assert.Equal("CLIENT_NOT_FOUND", unknownClient.GetProperty("code").GetString());
        Assert.Equal("nobody-0000", unknownClient.GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task A_negative_overlap_is_an_InvalidClientSettingsError_naming_the_setting()
    {
        var error = await RefusedAsync("rotateClientSecret", "RotateClientSecretInput",
            new { clientId = hub.AdminClientId, overlapSeconds = -5 }, "... on InvalidClientSettingsError { setting }");

        Assert.Equal("INVALID_CLIENT_SETTINGS", error.GetProperty("code").GetString());
        Assert.Equal("overlap", error.GetProperty("setting").GetString());
    }

    /// <summary>Runs a mutation that must be refused: no GraphQL error, payload fields null, exactly one payload error.</summary>
    private async Task<JsonElement> RefusedAsync(string field, string inputType, object input, string errorFields, string? token = null)
    {
        token ??= await hub.AdminTokenAsync();
        var body = await hub.Http.GraphQLAsync(
            $"mutation Change($input: {inputType}!) {{ {field}(input: $input) {{ __typename errors {{ __typename ... on Error {{ message }} ... on {ErrorType(errorFields)} {{ code }} {errorFields} }} }} }}",
            new { input }, token);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return Assert.Single(body.GetProperty("data").GetProperty(field).GetProperty("errors").EnumerateArray());
    }

    private static string ErrorType(string fragment) => fragment.Split(' ')[2];
}
