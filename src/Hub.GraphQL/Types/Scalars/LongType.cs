namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit integer, written as a JSON number.</summary>
public sealed class LongType : IntegerScalarType<long>
{
    public LongType()
        : base("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.";
    }
}
