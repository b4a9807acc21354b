using System.Globalization;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double, with graphql-js's coercion.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = JavaScriptValue.Primitive(runtimeValue);
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        var isNumber = JavaScriptNumber.TryGetNumber(value, out var number);
        if (value is string { Length: > 0 } text)
        {
            number = JavaScriptNumber.Parse(text);
            isNumber = true;
        }

        if (!isNumber || !double.IsFinite(number))
        {
            throw ScalarErrors.Invalid($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return number;
    }

    public override object? ParseValue(object? externalValue)
    {
        if (!JavaScriptNumber.TryGetNumber(externalValue, out var number) || !double.IsFinite(number))
        {
            throw ScalarErrors.Invalid($"Float cannot represent non numeric value: {ValueInspector.Inspect(externalValue)}");
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode switch
        {
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw ScalarErrors.Invalid($"Float cannot represent non numeric value: {Printer.Print(valueNode)}", valueNode),
        };
}
