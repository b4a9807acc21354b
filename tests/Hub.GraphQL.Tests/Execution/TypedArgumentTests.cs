using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Execution;

/// <summary><c>ArgumentValue&lt;T&gt;</c> reads an input object as a record, as HotChocolate's does, from literals and variables.</summary>
public sealed class TypedArgumentTests
{
    private sealed record RangeInput(string Label, IReadOnlyList<PointInput> Points, int Step = 1);

    private sealed record PointInput(int X, int? Y);

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddSdl("""
            type Query { describe(input: RangeInput!): String! }
            input RangeInput { label: String! points: [PointInput!]! = [] step: Int }
            input PointInput { x: Int! y: Int }
            """)
        .BindResolver("Query", "describe", context =>
        {
            var input = context.ArgumentValue<RangeInput>("input");
            return ValueTask.FromResult<object?>($"{input.Label}:{input.Step}:{string.Join(',', input.Points.Select(p => $"{p.X}/{p.Y?.ToString() ?? "-"}"))}");
        })
        .Build();

    [Fact]
    public async Task An_input_object_literal_becomes_the_record_with_nested_records_and_absent_fields_as_null()
    {
        var json = await ExecutionTestKit.RunAsync(Schema, """{ describe(input: { label: "a", step: 3, points: [{ x: 1, y: 2 }, { x: 5 }] }) }""");

        Assert.Equal("""{"data":{"describe":"a:3:1/2,5/-"}}""", json);
    }

    [Fact]
    public async Task An_input_object_from_a_variable_becomes_the_record_the_schema_default_fills_a_missing_list_and_the_record_default_a_missing_field()
    {
        var variables = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["label"] = "v" } };

        var json = await ExecutionTestKit.RunAsync(Schema, "query ($input: RangeInput!) { describe(input: $input) }", variables: variables);

        Assert.Equal("""{"data":{"describe":"v:1:"}}""", json);
    }
}
