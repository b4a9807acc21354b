namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Short</c>: a signed 16-bit integer, written as a JSON number.</summary>
public sealed class ShortType : IntegerScalarType<short>
{
    public ShortType()
        : base("Short")
    {
        Description = "The `Short` scalar type represents non-fractional signed whole 16-bit numeric values. Short can represent values between -(2^15) and 2^15 - 1.";
    }
}
