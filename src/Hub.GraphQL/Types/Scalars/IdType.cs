using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: strings and integers in, strings out.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object? Serialize(object? runtimeValue)
    {
        var value = JavaScriptValue.Primitive(runtimeValue);
        if (value is string s)
        {
            return s;
        }

        if (value is Guid guid)
        {
            return guid.ToString();
        }

        if (JavaScriptNumber.TryGetNumber(value, out var number) && JavaScriptNumber.IsInteger(number))
        {
            return JavaScriptNumber.Format(value!);
        }

        throw ScalarErrors.Invalid($"ID cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    public override object? ParseValue(object? externalValue)
    {
        if (externalValue is string s)
        {
            return s;
        }

        if (JavaScriptNumber.TryGetNumber(externalValue, out var number) && JavaScriptNumber.IsInteger(number))
        {
            return JavaScriptNumber.ToString(number);
        }

        throw ScalarErrors.Invalid($"ID cannot represent value: {ValueInspector.Inspect(externalValue)}");
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw ScalarErrors.Invalid(
                "ID cannot represent a non-string and non-integer value: " + Printer.Print(valueNode), valueNode),
        };
}
