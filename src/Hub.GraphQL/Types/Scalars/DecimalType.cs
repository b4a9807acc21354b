using System.Globalization;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Decimal</c>: a <see cref="decimal"/>, written as a JSON number; int and float literals are accepted.</summary>
public sealed class DecimalType : HotChocolateScalarType<decimal>
{
    public DecimalType()
        : base("Decimal")
    {
        Description = "The `Decimal` scalar type represents a decimal floating-point number.";
    }

    protected override bool TryConvert(object runtimeValue, out decimal value)
    {
        switch (runtimeValue)
        {
            case decimal m:
                value = m;
                return true;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                value = Convert.ToDecimal(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            case double d when double.IsFinite(d) && Math.Abs(d) < (double)decimal.MaxValue:
                value = (decimal)d;
                return true;
            case float f when float.IsFinite(f) && Math.Abs(f) < (float)decimal.MaxValue:
                value = (decimal)f;
                return true;
            default:
                value = default;
                return false;
        }
    }

    protected override object Format(decimal value) => value;

    protected override bool TryParseExternal(object externalValue, out decimal value) => TryConvert(externalValue, out value);

    protected override bool TryParseLiteral(ValueNode valueNode, out decimal value)
    {
        value = default;
        var text = valueNode switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
