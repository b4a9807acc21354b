using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>A HotChocolate scalar written as a formatted string (dates, UUIDs): string variables and string literals.</summary>
public abstract class StringFormattedScalarType<TRuntime>(string name) : HotChocolateScalarType<TRuntime>(name)
{
    protected sealed override object Format(TRuntime value) => FormatString(value);

    protected sealed override bool TryParseExternal(object externalValue, out TRuntime value)
    {
        value = default!;
        return externalValue is string text && TryParseString(text, out value);
    }

    protected sealed override bool TryParseLiteral(ValueNode valueNode, out TRuntime value)
    {
        value = default!;
        return valueNode is StringValueNode text && TryParseString(text.Value, out value);
    }

    /// <summary>The string form written into responses.</summary>
    protected abstract string FormatString(TRuntime value);

    /// <summary>Parses the string form; false when it is malformed.</summary>
    protected abstract bool TryParseString(string text, out TRuntime value);
}
