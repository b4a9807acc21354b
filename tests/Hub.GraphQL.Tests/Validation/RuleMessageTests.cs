using Hub.GraphQL.Types;
using Hub.GraphQL.Validation.Rules;

namespace Hub.GraphQL.Tests.Validation;

/// <summary>graphql-js's exact messages for the rules whose wording depends on computed data (suggestions, cycles, paths).</summary>
public sealed class RuleMessageTests
{
    private static readonly Schema Schema = ValidationAssert.BuildSchema("""
        type Query { being: Being pet(kind: Kind, filter: Filter): Pet }
        interface Being { name: String }
        interface Pet implements Being { name: String barkVolume: Int }
        type Dog implements Being & Pet { name: String barkVolume: Int }
        type Cat implements Being & Pet { name: String barkVolume: Int }
        type Human implements Being { name: String }
        enum Kind { DOG CAT }
        input Filter { name: String! age: Int }
        """);

    [Fact]
    public void FieldSuggestionsPutTheMostSharedInterfaceBeforeObjectTypesInNaturalOrder()
    {
        var errors = ValidationAssert.Errors(Schema, "{ being { barkVolume } }", FieldsOnCorrectTypeRule.Instance);

        Assert.Equal(
            ["Cannot query field \"barkVolume\" on type \"Being\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? @ 1:11"],
            errors);
    }

    [Fact]
    public void FragmentCyclesNameThePathThroughOtherFragments()
    {
        var errors = ValidationAssert.Errors(Schema, """
            fragment A on Pet { ...B }
            fragment B on Pet { ...C }
            fragment C on Pet { ...A }
            """, NoFragmentCyclesRule.Instance);

        Assert.Equal(["Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 1:21, 2:21, 3:21"], errors);
    }

    [Fact]
    public void ValuesAreCheckedByTheirTypesWithSuggestions()
    {
        var errors = ValidationAssert.Errors(
            Schema, "{ pet(kind: dog, filter: { nam: \"x\", age: \"1\" }) { name } }", ValuesOfCorrectTypeRule.Instance);

        Assert.Equal(
            [
                "Value \"dog\" does not exist in \"Kind\" enum. Did you mean the enum value \"DOG\"? @ 1:13",
                "Field \"Filter.name\" of required type \"String!\" was not provided. @ 1:26",
                "Field \"nam\" is not defined by type \"Filter\". Did you mean \"name\"? @ 1:28",
                "Int cannot represent non-integer value: \"1\" @ 1:43",
            ],
            errors);
    }

    [Fact]
    public void UnknownArgumentsAndDirectivesGetSuggestions()
    {
        var errors = ValidationAssert.Errors(
            Schema,
            "{ pet(knd: DOG) @skip(iff: true) @includ(if: true) { name } }",
            KnownArgumentNamesRule.Instance,
            KnownDirectivesRule.Instance);

        Assert.Equal(
            [
                "Unknown argument \"knd\" on field \"Query.pet\". Did you mean \"kind\"? @ 1:7",
                "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:23",
                "Unknown directive \"@includ\". @ 1:34",
            ],
            errors);
    }

    [Fact]
    public void VariablesMustFitTheirPositions()
    {
        var errors = ValidationAssert.Errors(
            Schema,
            "query ($k: Kind, $name: String) { pet(kind: $k, filter: { name: $name }) { name } }",
            VariablesInAllowedPositionRule.Instance);

        Assert.Equal(
            ["Variable \"$name\" of type \"String\" used in position expecting type \"String!\". @ 1:18, 1:65"],
            errors);
    }
}
