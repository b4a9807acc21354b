using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types;

/// <summary>An enum type (graphql-js <c>GraphQLEnumType</c>) with graphql-js's coercion rules and messages.</summary>
public sealed class EnumType : NamedType
{
    private readonly OrderedDictionary<string, EnumValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValue> _byRuntimeValue = [];
    private readonly EnumValue? _nullValue;

    public EnumType(string name, IEnumerable<EnumValue> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            _values[value.Name] = value;
            if (value.Value is null)
            {
                _nullValue ??= value;
            }
            else
            {
                _byRuntimeValue.TryAdd(value.Value, value);
            }
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order, by name.</summary>
    public IReadOnlyDictionary<string, EnumValue> Values => _values;

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValue? GetValue(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>The enum value name for a runtime value.</summary>
    public string Serialize(object? runtimeValue)
    {
        var match = runtimeValue is null ? _nullValue : _byRuntimeValue.GetValueOrDefault(runtimeValue);
        return match?.Name
            ?? throw ScalarErrors.Invalid($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    /// <summary>The runtime value for a variable value (an enum value name as a string).</summary>
    public object? ParseValue(object? externalValue, bool hideSuggestions = false)
    {
        if (externalValue is not string name)
        {
            var text = ValueInspector.Inspect(externalValue);
            throw ScalarErrors.Invalid(
                $"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text, hideSuggestions));
        }

        var value = GetValue(name)
            ?? throw ScalarErrors.Invalid(
                $"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name, hideSuggestions));
        return value.Value;
    }

    /// <summary>The runtime value for an enum literal.</summary>
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null, bool hideSuggestions = false)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var text = Printer.Print(valueNode);
            throw ScalarErrors.Invalid(
                $"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text, hideSuggestions), valueNode);
        }

        var value = GetValue(enumNode.Value);
        if (value is null)
        {
            var text = Printer.Print(valueNode);
            throw ScalarErrors.Invalid(
                $"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions), valueNode);
        }

        return value.Value;
    }

    private string Suggest(string input, bool hideSuggestions) =>
        hideSuggestions ? string.Empty : Suggestions.DidYouMean("the enum value", Suggestions.List(input, _values.Keys));
}
