using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using static Hub.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>
/// Null propagation and error order against graphql-js 16.15.0's output for the same schema and data (expected
/// strings were produced by graphql-js). Every case runs with synchronous and with truly asynchronous resolvers:
/// the response must not depend on when fields finish.
/// </summary>
public sealed class NullPropagationTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "{ a { x boom boomNN z } s }",
            """{"errors":[{"message":"b1","locations":[{"line":1,"column":9}],"path":["a","boom"]},{"message":"b2","locations":[{"line":1,"column":14}],"path":["a","boomNN"]}],"data":{"a":null,"s":"s"}}"""
        },
        {
            "{ s nn { y } t }",
            """{"errors":[{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":10}],"path":["nn","y"]}],"data":null}"""
        },
        {
            "{ listNN { y } s }",
            """{"errors":[{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":12}],"path":["listNN",1,"y"]}],"data":{"listNN":null,"s":"s"}}"""
        },
        {
            "{ list { y } }",
            """{"errors":[{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":10}],"path":["list",1,"y"]},{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":10}],"path":["list",2,"y"]}],"data":{"list":[{"y":"1"},null,null]}}"""
        },
        {
            "{ a { child { x y } childNN { y } z } }",
            """{"errors":[{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":17}],"path":["a","child","y"]},{"message":"Cannot return null for non-nullable field A.y.","locations":[{"line":1,"column":31}],"path":["a","childNN","y"]}],"data":{"a":null}}"""
        },
        {
            "{ a { ... on A { x } x2: x @skip(if: true) z } }",
            """{"data":{"a":{"x":"1","z":"z"}}}"""
        },
        {
            "{ a { n } }",
            """{"data":{"a":{"n":1e+21}}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Synchronous_resolvers_match_graphql_js(string query, string expected)
        => Assert.Equal(expected, await RunAsync(BuildSchema(asynchronous: false), query, Root()));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Asynchronous_resolvers_give_the_same_response(string query, string expected)
        => Assert.Equal(expected, await RunAsync(BuildSchema(asynchronous: true), query, Root()));

    [Fact]
    public async Task Siblings_after_a_failed_non_null_field_are_not_resolved()
    {
        var calls = new List<string>();
        var item = new ObjectType("Item", () =>
        [
            Field("first", Str, c => { calls.Add("first"); return "1"; }),
            Field("broken", NonNull(Str), c => { calls.Add("broken"); return null; }),
            Field("after", Str, c => { calls.Add("after"); return "3"; }),
        ]);
        var query = new ObjectType("Query", () => [Field("item", item, _ => new object()), Field("next", Str, _ => "n")]);

        var json = await RunAsync(Schema(query), "{ item { first broken after } next }");

        Assert.Equal(["first", "broken"], calls);
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.broken.","locations":[{"line":1,"column":16}],"path":["item","broken"]}],"data":{"item":null,"next":"n"}}""",
            json);
    }

    private static Dictionary<string, object?> Root()
    {
        static Func<object?> Thrower(string message) => () => throw new InvalidOperationException(message);
        return Obj(
            ("a", Obj(("x", "1"), ("y", "y"), ("z", "z"), ("boom", Thrower("b1")), ("boomNN", Thrower("b2")),
                ("child", Obj(("y", null), ("x", "cx"))), ("childNN", Obj(("y", null))), ("n", 1e21))),
            ("nn", Obj(("y", null))),
            ("list", new object?[] { Obj(("y", "1")), Obj(("y", null)), Obj(("y", null)) }),
            ("listNN", new object?[] { Obj(("y", "1")), Obj(("y", null)), Obj(("y", null)) }),
            ("s", "s"),
            ("t", "t"));
    }

    private static Schema BuildSchema(bool asynchronous)
    {
        OutputField Read(string name, IGraphQLType type)
            => asynchronous
                ? AsyncField(name, type, async c => { await Task.Yield(); return Value(c, name); })
                : Field(name, type, c => Value(c, name));

        ObjectType a = null!;
        a = new ObjectType("A", () =>
        [
            Read("x", Str), Read("y", NonNull(Str)), Read("boom", Str), Read("boomNN", NonNull(Str)),
            Read("child", a), Read("childNN", NonNull(a)), Read("z", Str), Read("n", BuiltInScalars.Float),
        ]);
        var query = new ObjectType("Query", () =>
        [
            Read("a", a), Read("nn", NonNull(a)), Read("list", List(a)), Read("listNN", List(NonNull(a))),
            Read("s", Str), Read("t", Str),
        ]);
        return Schema(query);
    }

    private static object? Value(IResolverContext context, string name)
    {
        var value = ((IReadOnlyDictionary<string, object?>)context.Parent!).GetValueOrDefault(name);
        return value is Func<object?> function ? function() : value;
    }
}
