using Hub.GraphQL.Types;
using Hub.Identity.Policies;
using Hub.Server.Authorization;

namespace Hub.Server.Tests.Authorization;

/// <summary>The scope catalogue's semantics on a schema, and its start-up check with file:line:column errors.</summary>
public sealed class ScopeCatalogueTests
{
    private const string Sdl = """
        type Query { version: String person(id: ID!): Person directory: [Agency] }
        type Mutation { suspend(code: String!): Boolean feedback: Boolean }
        type Person { idNumber: String name: String secret: String }
        type Agency { code: String }
        """;

    [Fact]
    public async Task Named_root_fields_and_every_field_of_a_granted_type_are_guarded_the_rest_is_public()
    {
        var catalogue = await CatalogueAsync("""
            scopes:
              - name: persons.read
                description: Persons.
                grants:
                  - type: Query
                    fields: [person]
                  - type: Person
                    fields: [idNumber, name]
              - name: persons.reveal
                description: Reveal.
                grants:
                  - type: Person
                    fields: [idNumber]
              - name: hub:admin
                description: Admin.
                grants:
                  - type: Mutation
                    fields: ["*"]
            """);

        Assert.Equal(
        [
            "Mutation.feedback: hub:admin",
            "Mutation.suspend: hub:admin",
            "Person.idNumber: persons.read persons.reveal",
            "Person.name: persons.read",
            "Person.secret: ",
            "Query.person: persons.read",
        ], catalogue.GuardedFields.Select(f => $"{f.Type}.{f.Field}: {string.Join(' ', f.Scopes)}").Order(StringComparer.Ordinal));
        Assert.True(catalogue.MayRead("Query", "version", new HashSet<string>()));
        Assert.True(catalogue.MayRead("Agency", "code", new HashSet<string>()));
        Assert.True(catalogue.MayRead("Person", "idNumber", new HashSet<string> { "persons.reveal" }));
        Assert.False(catalogue.MayRead("Person", "name", new HashSet<string> { "persons.reveal" }));
        Assert.False(catalogue.MayRead("Person", "secret", new HashSet<string> { "persons.read", "persons.reveal", "hub:admin" }));
    }

    [Fact]
    public async Task Grants_for_types_or_fields_the_schema_lacks_are_reported_with_file_line_and_column()
    {
        var error = await Assert.ThrowsAsync<PolicyValidationException>(() => CatalogueAsync("""
            scopes:
              - name: clues.read
                description: Clues.
                grants:
                  - type: Query
                    fields: [person, clues]
                  - type: Clue
                    fields: ["*"]
                  - type: Person
                    fields: [idNumber, phone]
            """));

        Assert.Equal(
        [
            "scopes.yaml:6:26: Scope 'clues.read' grants 'Query.clues', but type 'Query' has no field 'clues' in the served schema.",
            "scopes.yaml:7:9: Scope 'clues.read' grants type 'Clue', which the served schema does not have.",
            "scopes.yaml:10:28: Scope 'clues.read' grants 'Person.phone', but type 'Person' has no field 'phone' in the served schema.",
        ], error.Errors.Select(e => e.ToString()));
    }

    private static async Task<ScopeCatalogue> CatalogueAsync(string scopesYaml)
    {
        var folder = Directory.CreateTempSubdirectory("hub-scope-catalogue-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, PolicySet.ScopesFile), scopesYaml);
            await File.WriteAllTextAsync(Path.Combine(folder, PolicySet.AgenciesFile), "agencies: []\n");
            var policies = await PolicyLoader.LoadAsync(folder);
            return ScopeCatalogue.Create(policies.Scopes, SchemaBuilder.FromSdl(Sdl), PolicySet.ScopesFile);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
