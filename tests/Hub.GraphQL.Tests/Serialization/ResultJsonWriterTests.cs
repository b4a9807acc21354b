using System.Text;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;

namespace Hub.GraphQL.Tests.Serialization;

/// <summary>Byte-exact JSON as graphql-js's <c>JSON.stringify</c> writes it (expected strings produced by Node 20).</summary>
public sealed class ResultJsonWriterTests
{
    [Fact]
    public void Numbers_are_formatted_as_javascript_formats_them()
    {
        object?[] numbers =
        [
            1e21, 1e-7, 0.1, 123.456, -0.0, 1.5, 100.0, 1e20, double.NaN, double.PositiveInfinity, 5e-324,
            double.MaxValue, 0.000001, 123456789012345680000.0, -1.25e-9, 42, 7L, 2.5f,
        ];

        var json = Write(new ExecutionResult { Data = Extension("n", numbers), HasData = true });

        Assert.Equal(
            """{"data":{"n":[1e+21,1e-7,0.1,123.456,0,1.5,100,100000000000000000000,null,null,5e-324,1.7976931348623157e+308,0.000001,123456789012345680000,-1.25e-9,42,7,2.5]}}""",
            json);
    }

    [Fact]
    public void Strings_escape_only_what_JSON_stringify_escapes()
    {
        var text = "q\"b\\n\n\u0001\u001f\u2028\u00e9😀\ud800x\udc00\u007f\t\b\f\r/";

        var json = Write(new ExecutionResult { Data = Extension("s", text), HasData = true });

        Assert.Equal("{\"data\":{\"s\":\"q\\\"b\\\\n\\n\\u0001\\u001f\u2028é😀\\ud800x\\udc00\u007f\\t\\b\\f\\r/\"}}", json);
    }

    [Fact]
    public void Keys_come_in_graphql_js_order_and_empty_parts_are_left_out()
    {
        var error = new GraphQLError("boom", path: ["a", 0], extensions: new Dictionary<string, object?> { ["code"] = "X" })
            .WithLocations([new SourceLocation(2, 3)]);
        var result = new ExecutionResult
        {
            Data = null,
            HasData = true,
            Errors = [error, new GraphQLError("plain")],
            Extensions = Extension("cost", 1),
        };

        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":2,"column":3}],"path":["a",0],"extensions":{"code":"X"}},{"message":"plain"}],"data":null,"extensions":{"cost":1}}""",
            Write(result));
    }

    [Fact]
    public void A_result_without_data_has_no_data_key()
        => Assert.Equal("""{"errors":[{"message":"bad"}]}""", Write(ExecutionResult.FromError(new GraphQLError("bad"))));

    [Fact]
    public void Large_results_are_written_through_small_buffer_segments()
    {
        var items = Enumerable.Range(0, 5000).Select(i => (object?)("item " + i)).ToArray();

        var json = Write(new ExecutionResult { Data = Extension("items", items), HasData = true });

        Assert.StartsWith("""{"data":{"items":["item 0","item 1",""", json);
        Assert.EndsWith("\"item 4999\"]}}", json);
    }

    private static Dictionary<string, object?> Extension(string key, object? value) => new() { [key] = value };

    private static string Write(ExecutionResult result) => Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes(result));
}
