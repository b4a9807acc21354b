using Hub.GraphQL.Types;
using Hub.Identity.Policies;
using Hub.Server.Schema;
using Hub.Server.Schema.SharedData;
using Hub.Server.Schema.Supervision;

namespace Hub.Server.Tests.SharedData;

/// <summary>The repository's <c>policies/scopes.yaml</c> covers every shared-data field and masks every personal one (clue subjects included).</summary>
public sealed class ScopeCatalogueCoverageTests
{
    private const string RevealScope = "persons.reveal";

    // The personal fields the hub masks: the shared data's, and the subject of a clue (a person's identity number).
    private static readonly IReadOnlyList<PersonalField> PersonalFields = [.. SharedDataTypes.PersonalFields, ClueNode.SubjectKeyField, ClueCandidateNode.SubjectKeyField];

    [Fact]
    public async Task Every_served_shared_data_field_is_granted_by_a_data_scope()
    {
        var (policies, schema) = await LoadAsync();
        var grants = policies.Scopes.Where(s => s.Name != "hub:admin").SelectMany(s => s.Grants).ToList();
        IEnumerable<(string Type, string Field)> fields =
        [
            .. SharedDataTypes.All.SelectMany(t => ((ObjectType)schema.GetType(t.Name)!).Fields.Keys.Select(f => (t.Name, f))),
            .. SharedDataSets.All.Select(d => ("Query", d.FieldName)),
            ("Query", "person"),
            ("Query", "organization"),
            ("Query", "hasDisciplineSanction"),
        ];
        var ungranted = fields.Where(f => !grants.Any(g => g.TypeName == f.Type && g.AllowsField(f.Field))).Select(f => $"{f.Type}.{f.Field}").ToList();
        Assert.True(ungranted.Count == 0, $"No data scope grants: {string.Join(", ", ungranted)}");
    }

    [Fact]
    public async Task Personal_fields_are_masked_by_every_scope_but_the_reveal_scope_which_opens_nothing_else()
    {
        var (policies, _) = await LoadAsync();
        foreach (var scope in policies.Scopes.Where(s => s.Name != RevealScope))
        {
            var unmasked = PersonalFields
                .Where(p => scope.Grants.Any(g => g.TypeName == p.TypeName && g.AllowsField(p.FieldName) && !g.Masks(p.FieldName)));
            Assert.True(!unmasked.Any(), $"{scope.Name} grants personal fields unmasked: {string.Join(", ", unmasked.Select(p => p.Coordinate))}");
        }

        var reveal = policies.Scopes.Single(s => s.Name == RevealScope);
        var personal = PersonalFields.Select(p => p.Coordinate).ToHashSet();
        Assert.All(reveal.Grants, g => Assert.DoesNotContain("*", g.Fields));
        Assert.Equal(personal.Order(StringComparer.Ordinal), reveal.Grants.SelectMany(g => g.Fields.Select(f => $"{g.TypeName}.{f}")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_field_the_catalogue_masks_has_a_mask()
    {
        var (policies, _) = await LoadAsync();
        var personal = PersonalFields.Select(p => p.Coordinate).ToHashSet();
        var withoutMask = policies.Scopes.SelectMany(s => s.Grants).SelectMany(g => g.Masked.Select(f => $"{g.TypeName}.{f}"))
            .Where(m => !personal.Contains(m)).ToList();
        Assert.True(withoutMask.Count == 0, $"Masked in scopes.yaml but not personal data the hub masks: {string.Join(", ", withoutMask)}");
    }

    private static async Task<(PolicySet Policies, GraphQL.Types.Schema Schema)> LoadAsync() =>
        (await PolicyLoader.LoadAsync(PolicySet.LocateFolder(null, AppContext.BaseDirectory)), HubSchemaFactory.Create());
}
