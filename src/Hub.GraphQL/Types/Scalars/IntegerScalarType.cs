using System.Globalization;
using System.Numerics;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>A HotChocolate integer scalar over <typeparamref name="T"/>, written as a JSON number; values outside its range are rejected.</summary>
public abstract class IntegerScalarType<T>(string name) : HotChocolateScalarType<T>(name)
    where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
{
    protected sealed override bool TryConvert(object runtimeValue, out T value)
    {
        value = default;
        return runtimeValue switch
        {
            T exact => (value = exact) == exact,
            long or int or short or byte or sbyte or ushort or uint or ulong => TryFromInteger(
                BigInteger.Parse(Convert.ToString(runtimeValue, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture), out value),
            _ => false,
        };
    }

    protected sealed override object Format(T value) => value;

    protected sealed override bool TryParseExternal(object externalValue, out T value)
    {
        if (TryConvert(externalValue, out value))
        {
            return true;
        }

        value = default;
        return JavaScriptNumber.TryGetNumber(externalValue, out var number)
            && JavaScriptNumber.IsInteger(number)
            && TryFromInteger(new BigInteger(number), out value);
    }

    protected sealed override bool TryParseLiteral(ValueNode valueNode, out T value)
    {
        value = default;
        return valueNode is IntValueNode literal
            && BigInteger.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && TryFromInteger(number, out value);
    }

    private static bool TryFromInteger(BigInteger number, out T value)
    {
        var inRange = number >= BigInteger.CreateChecked(T.MinValue) && number <= BigInteger.CreateChecked(T.MaxValue);
        value = inRange ? T.CreateChecked(number) : default;
        return inRange;
    }
}
