using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>
/// Base of HotChocolate's extra scalars: a runtime type <typeparamref name="TRuntime"/>, HotChocolate's error messages
/// and codes (<c>HC0001</c> for runtime/variable values, <c>HC0002</c> for literals).
/// </summary>
public abstract class HotChocolateScalarType<TRuntime>(string name) : ScalarType(name)
{
    public override object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return null;
        }

        return TryConvert(runtimeValue, out var value)
            ? Format(value)
            : throw ScalarErrors.Invalid($"{Name} cannot serialize the given value.", code: ErrorCodes.Scalars.InvalidRuntimeType);
    }

    public override object? ParseValue(object? externalValue)
    {
        if (externalValue is null)
        {
            return null;
        }

        return TryParseExternal(externalValue, out var value)
            ? value
            : throw ScalarErrors.Invalid($"{Name} cannot deserialize the given value.", code: ErrorCodes.Scalars.InvalidRuntimeType);
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is NullValueNode)
        {
            return null;
        }

        return TryParseLiteral(valueNode, out var value)
            ? value
            : throw ScalarErrors.Invalid(
                $"{Name} cannot parse the given literal of type `{valueNode.GetType().Name}`.",
                valueNode,
                ErrorCodes.Scalars.InvalidSyntaxFormat);
    }

    /// <summary>Accepts the runtime values a resolver may return for this scalar.</summary>
    protected abstract bool TryConvert(object runtimeValue, out TRuntime value);

    /// <summary>The value written into the response.</summary>
    protected abstract object Format(TRuntime value);

    /// <summary>Parses a variable value (JSON string, number, …).</summary>
    protected abstract bool TryParseExternal(object externalValue, out TRuntime value);

    /// <summary>Parses a literal (string, int or float node, depending on the scalar).</summary>
    protected abstract bool TryParseLiteral(ValueNode valueNode, out TRuntime value);
}
