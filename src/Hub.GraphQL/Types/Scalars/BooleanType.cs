using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c>; serializes finite numbers as <c>value != 0</c>, like graphql-js.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = JavaScriptValue.Primitive(runtimeValue);
        if (value is bool b)
        {
            return b;
        }

        if (JavaScriptNumber.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw ScalarErrors.Invalid($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    public override object? ParseValue(object? externalValue) =>
        externalValue is bool b
            ? b
            : throw ScalarErrors.Invalid($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(externalValue)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode b
            ? b.Value
            : throw ScalarErrors.Invalid($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}", valueNode);
}
