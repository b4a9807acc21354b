using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Limits;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Limits;

/// <summary>Execution depth, field and alias counts, and cost analysis with <c>@cost</c> and <c>@listSize</c>.</summary>
public sealed class OperationLimitsTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocument(Parser.Parse(OperationLimits.CostDirectivesSdl + """

            type Query {
              user(id: ID!): User
              users(first: Int, last: Int): [User!]! @listSize(slicingArguments: ["first", "last"])
              search(take: Int = 5): [User!]! @listSize(slicingArguments: ["take"], requireOneSlicingArgument: false)
              expensive(filter: String @cost(weight: "20")): Int @cost(weight: "500")
              connection(first: Int): UserConnection
                @listSize(assumedSize: 50, slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
            }

            type User {
              id: ID!
              name: String
              friends: [User!]! @listSize(assumedSize: 10)
            }

            type UserConnection {
              nodes: [User!]!
              totalCount: Int!
            }
            """))
        .Build();

    [Fact]
    public void Reports_execution_depth_like_hot_chocolate()
    {
        var errors = Analyze("{ user(id: 1) { ...Friends } }\nfragment Friends on User { friends { friends { name } } }", new() { MaxExecutionDepth = 3 });

        var error = Assert.Single(errors);
        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", error.Message);
        Assert.Equal([new SourceLocation(1, 1)], error.Locations);
        Assert.Equal(3, error.Extensions!["allowedExecutionDepth"]);
        Assert.Equal(4, error.Extensions["detectedExecutionDepth"]);
        Assert.Null(error.Code);
        Assert.Empty(Analyze("{ user(id: 1) { friends { friends { name } } } }", new() { MaxExecutionDepth = 4 }));
    }

    [Fact]
    public void Introspection_fields_can_be_left_out_of_the_depth()
    {
        const string query = "{ __schema { types { fields { name } } } }";

        Assert.Single(Analyze(query, new() { MaxExecutionDepth = 2 }));
        Assert.Empty(Analyze(query, new() { MaxExecutionDepth = 2, SkipIntrospectionFields = true }));
    }

    [Fact]
    public void Counts_fields_and_aliases_with_fragments_expanded()
    {
        const string query = "{ a: user(id: 1) { id ...F } b: user(id: 2) { id } }\nfragment F on User { n: name }";

        var errors = Analyze(query, new() { MaxFields = 4, MaxAliases = 2 });

        Assert.Equal(
            [
                "The GraphQL document selects 5 fields which exceeds the max allowed number of fields of 4.",
                "The GraphQL document uses 3 aliases which exceeds the max allowed number of aliases of 2.",
            ],
            errors.Select(e => e.Message));
        Assert.Empty(Analyze(query, new() { MaxFields = 5, MaxAliases = 3 }));
    }

    [Fact]
    public void Cost_multiplies_by_slicing_arguments_and_assumed_sizes()
    {
        // users: 1 + friends: 5 × 1 → field cost 6; types: Query 1 + 5 users + 5 × 10 friends → 56.
        var (fieldCost, typeCost) = Costs("{ users(first: 5) { friends { name } } }");

        Assert.Equal((6d, 56d), (fieldCost, typeCost));
    }

    [Fact]
    public void Cost_reads_slicing_arguments_from_variables_and_defaults()
    {
        var fromVariable = Costs(
            "query ($n: Int) { users(first: $n) { id } }",
            new Dictionary<string, object?> { ["n"] = 100 });
        var fromDefault = Costs("{ search { id } }");

        Assert.Equal((1d, 101d), fromVariable);
        Assert.Equal((1d, 6d), fromDefault);
    }

    [Fact]
    public void Sized_fields_carry_the_list_size_of_their_connection()
    {
        // connection 1 + nodes 3 × 1 → 4; types: Query 1 + connection 1 + 3 nodes → 5.
        Assert.Equal((4d, 5d), Costs("{ connection(first: 3) { totalCount nodes { id } } }"));
        Assert.Equal((51d, 52d), Costs("{ connection { nodes { id } } }"));
    }

    [Fact]
    public void Exceeding_the_field_cost_is_HC0047()
    {
        var errors = Analyze("{ expensive(filter: \"x\") }", new() { MaxFieldCost = 500 });

        var error = Assert.Single(errors);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
        Assert.Equal(ErrorCodes.Execution.ComplexityExceeded, error.Code);
        Assert.Equal(520d, error.Extensions!["fieldCost"]);
        Assert.Equal(500d, error.Extensions["maxFieldCost"]);
    }

    [Fact]
    public void Exceeding_the_type_cost_is_HC0047()
    {
        var errors = Analyze("{ users(first: 100) { friends { id } } }", new() { MaxTypeCost = 1000 });

        var error = Assert.Single(errors);
        Assert.Equal("The maximum allowed type cost was exceeded.", error.Message);
        Assert.Equal(ErrorCodes.Execution.ComplexityExceeded, error.Code);
        Assert.Equal(1101d, error.Extensions!["typeCost"]);
    }

    [Fact]
    public void Cost_limits_are_not_enforced_when_turned_off()
    {
        Assert.Empty(Analyze("{ expensive }", new() { MaxFieldCost = 1, EnforceCostLimits = false }));
    }

    [Theory]
    [InlineData("{ users { id } }")]
    [InlineData("{ users(first: 1, last: 2) { id } }")]
    public void Lists_requiring_one_slicing_argument_report_HC0082(string query)
    {
        var error = Assert.Single(Analyze(query, new()));

        Assert.Equal(ErrorCodes.Execution.ExactlyOneSlicingArgument, error.Code);
        Assert.Equal("Exactly one slicing argument must be defined for the field \"users\" (one of first, last).", error.Message);
        Assert.Equal([new SourceLocation(1, 3)], error.Locations);
    }

    [Fact]
    public void Code_first_asynchronous_resolvers_weigh_the_default_resolver_cost()
    {
        var schema = Hub.GraphQL.Tests.CodeFirst.BookshelfSchema.Instance;
        var document = Parser.Parse("{ booksByGenre(genre: ROMANCE) { title } books { title } }");

        var errors = OperationLimits.Analyze(schema, document, (OperationDefinitionNode)document.Definitions[0], new() { MaxFieldCost = 10 });

        // booksByGenre is async (10), books is a synchronous list of objects (1), titles are leaves (0).
        Assert.Equal(11d, Assert.Single(errors).Extensions!["fieldCost"]);
    }

    private static IReadOnlyList<GraphQLError> Analyze(string query, LimitOptions options)
    {
        var document = Parser.Parse(query);
        return OperationLimits.Analyze(Schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single(), options);
    }

    /// <summary>The field and type cost, read from the errors of limits set below any cost.</summary>
    private static (double FieldCost, double TypeCost) Costs(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var errors = Analyze(query, new() { MaxFieldCost = -1, MaxTypeCost = -1, Variables = variables });
        var fieldCost = (double)errors.Single(e => e.Extensions!.ContainsKey("fieldCost")).Extensions!["fieldCost"]!;
        var typeCost = (double)errors.Single(e => e.Extensions!.ContainsKey("typeCost")).Extensions!["typeCost"]!;
        return (fieldCost, typeCost);
    }
}
