using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>; serializes booleans and numbers as JavaScript would print them.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = JavaScriptValue.Primitive(runtimeValue);
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
        }

        if (JavaScriptNumber.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return JavaScriptNumber.Format(value!);
        }

        throw ScalarErrors.Invalid($"String cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    public override object? ParseValue(object? externalValue) =>
        externalValue as string
        ?? throw ScalarErrors.Invalid($"String cannot represent a non string value: {ValueInspector.Inspect(externalValue)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode s
            ? s.Value
            : throw ScalarErrors.Invalid($"String cannot represent a non string value: {Printer.Print(valueNode)}", valueNode);
}
