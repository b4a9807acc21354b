namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's extra scalars, for <see cref="SchemaBuilder.AddScalar"/>.</summary>
public static class HotChocolateScalars
{
    /// <summary>New instances of <c>DateTime</c>, <c>Date</c>, <c>Decimal</c>, <c>Long</c>, <c>Short</c>, <c>Byte</c>, <c>UUID</c>, <c>URL</c> and <c>JSON</c>.</summary>
    public static IReadOnlyList<ScalarType> Create() =>
    [
        new DateTimeType(), new DateType(), new DecimalType(), new LongType(), new ShortType(), new ByteType(), new UuidType(),
        new UrlType(), new JsonType(),
    ];
}
