using System.Globalization;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a 32-bit signed integer, with graphql-js's coercion (booleans and numeric strings serialize).</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = JavaScriptValue.Primitive(runtimeValue);
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        var isNumber = JavaScriptNumber.TryGetNumber(value, out var number);
        if (value is string { Length: > 0 } text)
        {
            number = JavaScriptNumber.Parse(text);
            isNumber = true;
        }

        if (!isNumber || !JavaScriptNumber.IsInteger(number))
        {
            throw ScalarErrors.Invalid($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw ScalarErrors.Invalid($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)number;
    }

    public override object? ParseValue(object? externalValue)
    {
        if (!JavaScriptNumber.TryGetNumber(externalValue, out var number) || !JavaScriptNumber.IsInteger(number))
        {
            throw ScalarErrors.Invalid($"Int cannot represent non-integer value: {ValueInspector.Inspect(externalValue)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw ScalarErrors.Invalid($"Int cannot represent non 32-bit signed integer value: {JavaScriptNumber.ToString(number)}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw ScalarErrors.Invalid($"Int cannot represent non-integer value: {Printer.Print(valueNode)}", valueNode);
        }

        var number = double.Parse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw ScalarErrors.Invalid($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", valueNode);
        }

        return (int)number;
    }
}
