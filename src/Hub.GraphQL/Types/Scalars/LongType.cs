using System.Globalization;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit integer, written as a JSON number.</summary>
public sealed class LongType : HotChocolateScalarType<long>
{
    public LongType()
        : base("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.";
    }

    protected override bool TryConvert(object runtimeValue, out long value)
    {
        switch (runtimeValue)
        {
            case long l:
                value = l;
                return true;
            case int or short or byte or sbyte or ushort or uint:
                value = Convert.ToInt64(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            case ulong ul when ul <= long.MaxValue:
                value = (long)ul;
                return true;
            default:
                value = default;
                return false;
        }
    }

    protected override object Format(long value) => value;

    protected override bool TryParseExternal(object externalValue, out long value)
    {
        if (TryConvert(externalValue, out value))
        {
            return true;
        }

        var isIntegral = JavaScriptNumber.TryGetNumber(externalValue, out var number)
            && JavaScriptNumber.IsInteger(number) && number is >= long.MinValue and < long.MaxValue;
        value = isIntegral ? (long)number : default;
        return isIntegral;
    }

    protected override bool TryParseLiteral(ValueNode valueNode, out long value)
    {
        value = default;
        return valueNode is IntValueNode literal
            && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
