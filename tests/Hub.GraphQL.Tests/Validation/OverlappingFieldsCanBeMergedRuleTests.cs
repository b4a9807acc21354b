using System.Text;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;
using Hub.GraphQL.Validation.Rules;

namespace Hub.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly Schema Schema = ValidationAssert.BuildSchema("""
        type Query { node(id: ID): Node nodes: [Node] }
        type Node { id: ID name: String child: Node children: [Node] }
        """);

    [Fact]
    public void NestedConflictsNameEverySubfieldAndListBothSidesLocations()
    {
        var errors = ValidationAssert.Errors(Schema, """
            {
              node { child { x: id } }
              node { child { x: name } }
            }
            """, OverlappingFieldsCanBeMergedRule.Instance);

        Assert.Equal(
            [
                "Fields \"node\" conflict because subfields \"child\" conflict because subfields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 2:3, 2:10, 2:18, 3:3, 3:10, 3:18",
            ],
            errors);
    }

    [Fact]
    public void DifferingArgumentsConflictButObjectFieldOrderDoesNot()
    {
        var errors = ValidationAssert.Errors(Schema, """
            { a: node(id: "1") { id } a: node(id: "2") { id } }
            """, OverlappingFieldsCanBeMergedRule.Instance);
        Assert.Equal(
            ["Fields \"a\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:3, 1:27"],
            errors);
    }

    [Theory]
    [InlineData(60, false)]
    [InlineData(300, true)]
    public void ChainsOfFragmentsSpreadTogetherAreComparedWithinTheWorkBudget(int fragments, bool aborted)
    {
        // Every fragment spreads the next and all are spread together: each pair is compared at most once, and
        // past graphql-js's work budget the validation stops with "Validation aborted." (as graphql-js 16.15 does).
        var query = new StringBuilder("{ nodes { ");
        for (var i = 0; i < fragments; i++)
        {
            query.Append($"...F{i} ");
        }

        query.Append("} }\n");
        for (var i = 0; i < fragments; i++)
        {
            query.Append($"fragment F{i} on Node {{ id name child {{ id }} {(i + 1 < fragments ? $"...F{i + 1}" : string.Empty)} }}\n");
        }

        AssertOutcome(query.ToString(), aborted);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(500, true)]
    public void RepeatedFieldsWithSelectionsAreComparedWithinTheWorkBudget(int repeats, bool aborted)
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("nodes { id child { id name } } ", repeats)) + "}";

        AssertOutcome(query, aborted);
    }

    // The work budget, not a clock, is what bounds the comparison: the outcome shows where the budget ran out.
    private static void AssertOutcome(string query, bool aborted)
    {
        var errors = DocumentValidator.Validate(Schema, Hub.GraphQL.Language.Parser.Parse(query));

        string[] expected = aborted ? [ValidationAbortedException.AbortedMessage] : [];
        Assert.Equal(expected, errors.Select(e => e.Message));
    }
}
