namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>UUID</c>: a <see cref="Guid"/> written in the hyphenated "D" format.</summary>
public sealed class UuidType : StringFormattedScalarType<Guid>
{
    public UuidType()
        : base("UUID")
    {
    }

    protected override bool TryConvert(object runtimeValue, out Guid value)
    {
        value = runtimeValue is Guid guid ? guid : default;
        return runtimeValue is Guid;
    }

    protected override string FormatString(Guid value) => value.ToString("D");

    protected override bool TryParseString(string text, out Guid value) => Guid.TryParse(text, out value);
}
