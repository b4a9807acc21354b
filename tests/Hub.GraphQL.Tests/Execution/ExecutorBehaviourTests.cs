using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using static Hub.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Operation selection, @skip/@include, abstract types, enums and mutations; expected JSON from graphql-js 16.15.0.</summary>
public sealed class ExecutorBehaviourTests
{
    private static readonly Schema TestSchema = BuildSchema();

    private static readonly Dictionary<string, object?> Root = Obj(
        ("a", "A"),
        ("b", "B"),
        ("pet", Obj(("name", "rex"), ("barks", true), ("__typename", "Dog"))),
        ("pets", new object?[] { Obj(("name", "rex"), ("__typename", "Dog")), Obj(("name", "tom")), Obj(("name", "x"), ("__typename", "Nope")) }),
        ("e", "BLUE"),
        ("first", "1"),
        ("second", null),
        ("third", "3"));

    [Theory]
    [InlineData("query A { a } query B { b }", null, """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""")]
    [InlineData("query A { a } query B { b }", "C", """{"errors":[{"message":"Unknown operation named \"C\"."}]}""")]
    [InlineData("query A { a } query B { b }", "B", """{"data":{"b":"B"}}""")]
    public async Task Selects_the_operation_as_graphql_js(string query, string? operationName, string expected)
        => Assert.Equal(expected, await RunAsync(TestSchema, query, Root, operationName: operationName));

    [Theory]
    [InlineData(true, """{"data":{"a":"A","b":"B"}}""")]
    [InlineData(false, """{"data":{"b":"B","a2":"A"}}""")]
    public async Task Skip_and_include_follow_the_variables_of_each_request(bool x, string expected)
    {
        const string query = "query ($x: Boolean!) { a @include(if: $x) b a2: a @skip(if: $x) }";
        Assert.Equal(expected, await RunAsync(TestSchema, query, Root, Obj(("x", x))));
    }

    [Fact]
    public async Task Response_key_order_follows_the_first_included_occurrence()
    {
        const string query = "query ($x: Boolean!) { a @include(if: $x) b a }";
        Assert.Equal("""{"data":{"a":"A","b":"B"}}""", await RunAsync(TestSchema, query, Root, Obj(("x", true))));
        Assert.Equal("""{"data":{"b":"B","a":"A"}}""", await RunAsync(TestSchema, query, Root, Obj(("x", false))));
    }

    [Theory]
    [InlineData(
        "query ($x: Boolean = true) { b pet { name @include(if: $x) } }",
        """{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":56}],"path":["pet"]}],"data":{"b":"B","pet":null}}""")]
    [InlineData(
        "query ($x: Boolean = true) { b a @skip(if: $x) }",
        """{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":44}]}],"data":null}""")]
    public async Task A_null_condition_fails_collection_even_after_a_cached_plan_for_a_boolean(string query, string expected)
    {
        // Arrange: the first request compiles and caches the plan for $x = true on the same executor.
        var executor = TestSchema.MakeExecutable();
        await executor.ExecuteAsync(new GraphQLRequest { Query = query, RootValue = Root, Variables = Obj(("x", true)) });

        // Act
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, RootValue = Root, Variables = Obj(("x", null)) });

        // Assert
        Assert.Equal(expected, ResultJsonWriter.ToJson((ExecutionResult)result));
    }

    [Fact]
    public async Task Missing_required_variable_is_reported_without_data()
        => Assert.Equal(
            """{"errors":[{"message":"Variable \"$x\" of required type \"Boolean!\" was not provided.","locations":[{"line":1,"column":8}]}]}""",
            await RunAsync(TestSchema, "query ($x: Boolean!) { b a @include(if: $x) }", Root, Obj()));

    [Fact]
    public async Task Abstract_values_resolve_by_typename_and_report_graphql_js_errors()
        => Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",1]},{"message":"Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["pets",2]}],"data":{"pets":[{"name":"rex","barks":null},null,null]}}""",
            await RunAsync(TestSchema, "{ pets { name ... on Dog { barks } } }", Root));

    [Fact]
    public async Task Enum_serialization_errors_are_field_errors()
        => Assert.Equal(
            """{"errors":[{"message":"Enum \"Color\" cannot represent value: \"BLUE\"","locations":[{"line":1,"column":3}],"path":["e"]}],"data":{"e":null}}""",
            await RunAsync(TestSchema, "{ e }", Root));

    [Fact]
    public async Task A_non_null_mutation_failure_stops_later_mutations()
        => Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Mutation.second.","locations":[{"line":1,"column":18}],"path":["second"]}],"data":null}""",
            await RunAsync(TestSchema, "mutation { first second third }", Root));

    [Fact]
    public async Task Typename_names_the_runtime_type()
        => Assert.Equal(
            """{"data":{"__typename":"Query","pet":{"__typename":"Dog"}}}""",
            await RunAsync(TestSchema, "{ __typename pet { __typename } }", Root));

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        OutputField Step(string name, int delay) => AsyncField(name, Str, async _ =>
        {
            log.Add("start " + name);
            await Task.Delay(delay);
            log.Add("end " + name);
            return name;
        });
        var mutation = new ObjectType("Mutation", () => [Step("slow", 30), Step("fast", 1)]);
        var query = new ObjectType("Query", () => [Field("a", Str)]);

        var json = await RunAsync(Schema(query, mutation), "mutation { slow fast }");

        Assert.Equal("""{"data":{"slow":"slow","fast":"fast"}}""", json);
        Assert.Equal(["start slow", "end slow", "start fast", "end fast"], log);
    }

    private static Schema BuildSchema()
    {
        var pet = new InterfaceType("Pet", () => [Field("name", Str)]);
        var dog = new ObjectType("Dog", () => [Field("name", Str), Field("barks", BuiltInScalars.Boolean)], () => [pet]);
        var cat = new ObjectType("Cat", () => [Field("name", Str), Field("meows", BuiltInScalars.Boolean)], () => [pet]);
        var color = new EnumType("Color", [new EnumValue("RED", "RED"), new EnumValue("GREEN", "GREEN")]);
        var query = new ObjectType("Query", () =>
        [
            Field("a", Str), Field("b", Str), Field("pet", pet, Arg("kind", Str)), Field("pets", List(pet)),
            Field("nums", List(Int), Arg("n", Int)), Field("e", color),
        ]);
        var mutation = new ObjectType("Mutation", () => [Field("first", Str), Field("second", NonNull(Str)), Field("third", Str)]);
        return Schema(query, mutation, null, dog, cat);
    }
}
