using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;
using Hub.GraphQL.Validation.Rules;

namespace Hub.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly Schema Schema = ValidationAssert.BuildSchema("""
        type Query { pet(id: ID!): Pet pets: [Pet] }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        """);

    [Fact]
    public void AValidDocumentPassesEverySpecifiedRule()
    {
        var errors = ValidationAssert.Errors(Schema, """
            query Q($id: ID!) { pet(id: $id) { name ...DogFields ... on Cat { meows } } }
            fragment DogFields on Dog { barks }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void AllRulesRunInOneWalkAndReportInDocumentOrder()
    {
        var errors = ValidationAssert.Errors(Schema, """
            query Q($unused: ID) { pet { nam } pets { barks } }
            """);

        // Field errors come on entering the field, required arguments on leaving it, unused variables on leaving the operation.
        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Pet\". Did you mean \"name\"? @ 1:30",
                "Field \"pet\" argument \"id\" of type \"ID!\" is required, but it was not provided. @ 1:24",
                "Cannot query field \"barks\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"? @ 1:43",
                "Variable \"$unused\" is never used in operation \"Q\". @ 1:9",
            ],
            errors);
    }

    [Fact]
    public void StopsAtMaxErrorsWithGraphQLJsAbortMessage()
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse("{ a b c d }"), [FieldsOnCorrectTypeRule.Instance], maxErrors: 2);

        Assert.Equal(3, errors.Count);
        Assert.Equal("Cannot query field \"b\" on type \"Query\".", errors[1].Message);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[2].Message);
    }

    [Fact]
    public void ValidateSdlReportsDuplicateAndUnknownDefinitions()
    {
        var errors = ValidationAssert.Describe(DocumentValidator.ValidateSdl(Parser.Parse("""
            type Query { a: Strin }
            type Query { b: String }
            extend type Missing { c: Int }
            """)));

        Assert.Equal(
            [
                "Unknown type \"Strin\". Did you mean \"String\"? @ 1:17",
                "There can be only one type named \"Query\". @ 1:6, 2:6",
                "Cannot extend type \"Missing\" because it is not defined. @ 3:13",
            ],
            errors);
    }

    [Fact]
    public void ValidateSdlAgainstAnExistingSchemaRejectsRedefinitions()
    {
        var errors = ValidationAssert.Describe(DocumentValidator.ValidateSdl(
            Parser.Parse("type Dog { name: String } extend type Cat { meows: Boolean } directive @skip on FIELD"), Schema));

        Assert.Equal(
            [
                "Type \"Dog\" already exists in the schema. It cannot also be defined in this type definition. @ 1:6",
                "Field \"Dog.name\" already exists in the schema. It cannot also be defined in this type extension. @ 1:12",
                "Field \"Cat.meows\" already exists in the schema. It cannot also be defined in this type extension. @ 1:45",
                "Directive \"@skip\" already exists in the schema. It cannot be redefined. @ 1:73",
            ],
            errors);
    }
}
