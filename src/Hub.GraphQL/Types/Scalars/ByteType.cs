namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Byte</c>: an unsigned 8-bit integer, written as a JSON number.</summary>
public sealed class ByteType : IntegerScalarType<byte>
{
    public ByteType()
        : base("Byte")
    {
        Description = "The `Byte` scalar type represents non-fractional whole numeric values. Byte can represent values between 0 and 255.";
    }
}
