using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Scalars;

namespace Hub.GraphQL.Tests.Types.Scalars;

/// <summary>HotChocolate's extra scalars: formats, parsing, and HotChocolate's messages with codes HC0001/HC0002.</summary>
public sealed class HotChocolateScalarsTests
{
    [Fact]
    public void DateTime_WritesMillisecondsAndOffset()
    {
        var type = new DateTimeType();

        Assert.Equal("2020-01-02T03:04:05.006Z", type.Serialize(new DateTimeOffset(2020, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)));
        Assert.Equal("2020-01-02T03:04:05.000+02:00", type.Serialize(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))));
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), type.ParseLiteral(Parser.ParseValue("\"2030-01-01T00:00:00Z\"")));
        Assert.Equal("https://www.graphql-scalars.com/date-time", type.SpecifiedByUrl);
    }

    [Fact]
    public void DateTime_RejectsNonRfc3339Text()
    {
        var type = new DateTimeType();

        var error = Assert.Throws<GraphQLException>(() => type.ParseValue("2030-01-01")).Errors[0];

        Assert.Equal("DateTime cannot deserialize the given value.", error.Message);
        Assert.Equal("HC0001", error.Code);
    }

    [Fact]
    public void Literal_OfTheWrongKind_IsReportedWithHC0002()
    {
        var error = Assert.Throws<GraphQLException>(() => new UuidType().ParseLiteral(Parser.ParseValue("1"))).Errors[0];

        Assert.Equal("UUID cannot parse the given literal of type `IntValueNode`.", error.Message);
        Assert.Equal("HC0002", error.Code);
    }

    [Fact]
    public void Date_LongDecimalUuid_RoundTrip()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("2020-01-02", new DateType().Serialize(new DateOnly(2020, 1, 2)));
        Assert.Equal(new DateOnly(2020, 1, 2), new DateType().ParseValue("2020-01-02"));
        Assert.Equal(9007199254740993L, new LongType().ParseLiteral(Parser.ParseValue("9007199254740993")));
        Assert.Equal(12L, new LongType().ParseValue(12.0));
        Assert.Equal(1.25m, new DecimalType().ParseLiteral(Parser.ParseValue("1.25")));
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", new UuidType().Serialize(id));
        Assert.Equal(id, new UuidType().ParseValue("0f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    [Fact]
    public void IntegerScalars_EnforceTheirRanges()
    {
        Assert.Equal((short)-32768, new ShortType().ParseLiteral(Parser.ParseValue("-32768")));
        Assert.Equal((byte)255, new ByteType().ParseValue(255L));
        Assert.Equal((short)7, new ShortType().Serialize(7));
        Assert.Equal(
            "Byte cannot parse the given literal of type `IntValueNode`.",
            Assert.Throws<GraphQLException>(() => new ByteType().ParseLiteral(Parser.ParseValue("256"))).Errors[0].Message);
        Assert.Equal(
            "Long cannot parse the given literal of type `IntValueNode`.",
            Assert.Throws<GraphQLException>(() => new LongType().ParseLiteral(Parser.ParseValue("9223372036854775808"))).Errors[0].Message);
        Assert.Throws<GraphQLException>(() => new ShortType().Serialize(40000));
    }

    [Fact]
    public void Url_AcceptsAbsoluteUrisOnly()
    {
        Assert.Equal("https://example.com/a%20b", new UrlType().Serialize(new Uri("https://example.com/a b")));
        Assert.Equal(new Uri("https://example.com/x"), new UrlType().ParseValue("https://example.com/x"));
        Assert.Throws<GraphQLException>(() => new UrlType().ParseValue("/relative"));
    }

    [Fact]
    public void Serialize_UnsupportedRuntimeValue_IsReportedWithHC0001()
    {
        var error = Assert.Throws<GraphQLException>(() => new LongType().Serialize("12")).Errors[0];

        Assert.Equal("Long cannot serialize the given value.", error.Message);
        Assert.Equal("HC0001", error.Code);
    }

    [Fact]
    public void Scalars_BindToSdlDeclarations()
    {
        var builder = SchemaBuilder.New().AddSdl("scalar DateTime scalar JSON type Query { at: DateTime data: JSON }");
        foreach (var scalar in HotChocolateScalars.Create())
        {
            builder.AddScalar(scalar);
        }

        var schema = builder.Build();

        Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.IsType<JsonType>(schema.GetType("JSON"));
        Assert.Null(schema.GetType("UUID"));
    }
}
