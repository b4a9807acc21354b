using Hub.Identity.Policies;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Tests;

/// <summary>policies/scopes.yaml and agencies.yaml: the committed files are valid, broken ones fail with file:line.</summary>
[Collection(IdentityCollection.Name)]
public sealed class PolicyFilesTests(IdentityFixture fixture)
{
    private static string RepositoryPolicies => Path.Combine(Repository.Root, "policies");

    [Fact]
    public async Task The_committed_policy_files_are_valid_and_list_the_domain_agencies()
    {
        var policies = await PolicyLoader.LoadAsync(RepositoryPolicies);

        Assert.Contains(policies.Scopes, s => s.Name == "hub:admin");
        Assert.Contains(policies.Agencies, a => a.Code == "SPP-330700" && a.Kind == "procuratorate");
        Assert.True(policies.Agencies.Count >= 20);
        var persons = policies.Scopes.Single(s => s.Name == "persons.read").Grants.Single(g => g.TypeName == "Person");
        Assert.True(persons.Masks("idNumber"));
    }

    [Fact]
    public async Task Every_problem_is_reported_with_file_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("hub-policies-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "scopes.yaml"), """
            scopes:
              - name: ok.scope
                description: Fine.
              - name: bad scope
                description: Has a space.
              - name: ok.scope
                description: Twice.
              - name: masks
                description: Masks a field it does not grant.
                grants:
                  - type: Person
                    fields: [name]
                    masked: [idNumber]
                    colour: blue
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "agencies.yaml"), """
            agencies:
              - code: PSB-330700
                name: Police
                kind: public-security
                region: 330700x
                scopes: [ok.scope, missing.scope]
              - code: lower-case
                name: Bad code
                kind: court
                region: "330700"
                clients:
                  - id: court-1
                    name: Court system
                    scopes: [missing.scope]
                  - id: court-1
                    name: Again
                    secret: "no"
            """);

        var error = await Assert.ThrowsAsync<PolicyValidationException>(() => PolicyLoader.LoadAsync(folder));

        var lines = error.Errors.Select(e => $"{Path.GetFileName(e.File)}:{e.Line}:{e.Column}: {e.Message}").ToList();
        Assert.Contains("scopes.yaml:4:5: Scope name 'bad scope' is not a valid scope token (no spaces, quotes or backslashes).", lines);
        Assert.Contains("scopes.yaml:6:5: Scope 'ok.scope' is defined twice.", lines);
        Assert.Contains("scopes.yaml:13:18: Masked field 'idNumber' is not among the granted fields.", lines);
        Assert.Contains("scopes.yaml:14:9: Unknown key 'colour'; expected one of: type, fields, masked.", lines);
        Assert.Contains("agencies.yaml:2:5: Region '330700x' must be a six-digit administrative-division code (quote it: \"330700\").", lines);
        Assert.Contains("agencies.yaml:6:24: Scope 'missing.scope' is not defined in scopes.yaml.", lines);
        Assert.Contains("agencies.yaml:7:5: Agency code 'lower-case' must be 2–64 characters of A–Z, 0–9 and '-'.", lines);
        Assert.Contains("agencies.yaml:14:18: Scope 'missing.scope' is not defined in scopes.yaml.", lines);
        Assert.Contains("agencies.yaml:15:9: Client 'court-1' is listed twice.", lines);
        Assert.Contains("agencies.yaml:17:9: Unknown key 'secret'; expected one of: id, name, scopes.", lines);
        Assert.Equal(10, lines.Count);
    }

    [Fact]
    public async Task A_yaml_syntax_error_and_a_missing_file_are_located()
    {
        var folder = Directory.CreateTempSubdirectory("hub-policies-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "scopes.yaml"), "scopes:\n  - name: [unclosed\n");

        var error = await Assert.ThrowsAsync<PolicyValidationException>(() => PolicyLoader.LoadAsync(folder));

        Assert.Contains(error.Errors, e => e.File.EndsWith("scopes.yaml") && e.Line == 3);
        Assert.Contains(error.Errors, e => e.File.EndsWith("agencies.yaml") && e.Message == "The file does not exist.");
    }

    [Fact]
    public async Task Applying_twice_changes_nothing_the_second_time()
    {
        var policies = await PolicyLoader.LoadAsync(RepositoryPolicies);
        var applier = fixture.Server.GetRequiredService<PolicyApplier>();

        var first = await applier.ApplyAsync(policies, "test");
        var second = await applier.ApplyAsync(policies, "test");

        Assert.True(first.ScopesChanged > 0 && first.AgenciesChanged > 0);
        Assert.Equal(new PolicyApplication(0, 0), second);
        var contexts = fixture.Server.GetRequiredService<IDbContextFactory<Storage.IdentityDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal("金华市人民检察院", (await db.Agencies.SingleAsync(a => a.Code == "SPP-330700")).Name);
    }
}
