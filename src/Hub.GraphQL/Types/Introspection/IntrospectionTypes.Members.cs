using Hub.GraphQL.Language;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary><c>__Field</c>; its runtime value is an <see cref="OutputField"/>.</summary>
    public static ObjectType Field => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__Field", () =>
    [
        Pure("name", NonNullString, parent => ((OutputField)parent!).Name),
        Pure("description", BuiltInScalars.String, parent => ((OutputField)parent!).Description),
        WithIncludeDeprecated("args", new NonNullType(new ListType(new NonNullType(InputValue))), BuiltInScalars.Boolean,
            (parent, includeDeprecated) => FilterDeprecated(((OutputField)parent!).Arguments.Values, includeDeprecated)),
        Pure("type", new NonNullType(Type), parent => ((OutputField)parent!).Type),
        Pure("isDeprecated", NonNullBoolean, parent => ((OutputField)parent!).IsDeprecated),
        Pure("deprecationReason", BuiltInScalars.String, parent => ((OutputField)parent!).DeprecationReason),
    ])
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    });

    /// <summary><c>__InputValue</c>; its runtime value is an <see cref="Types.InputValue"/>.</summary>
    public static ObjectType InputValue => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__InputValue", () =>
    [
        Pure("name", NonNullString, parent => ((InputValue)parent!).Name),
        Pure("description", BuiltInScalars.String, parent => ((InputValue)parent!).Description),
        Pure("type", new NonNullType(Type), parent => ((InputValue)parent!).Type),
        Pure("defaultValue", BuiltInScalars.String, parent => PrintDefaultValue((InputValue)parent!),
            "A GraphQL-formatted string representing the default value for this input value."),
        Pure("isDeprecated", NonNullBoolean, parent => ((InputValue)parent!).IsDeprecated),
        Pure("deprecationReason", BuiltInScalars.String, parent => ((InputValue)parent!).DeprecationReason),
    ])
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    });

    /// <summary><c>__EnumValue</c>; its runtime value is an <see cref="Types.EnumValue"/>.</summary>
    public static ObjectType EnumValue => LazyInitializer.EnsureInitialized(ref field, static () => new ObjectType("__EnumValue", () =>
    [
        Pure("name", NonNullString, parent => ((EnumValue)parent!).Name),
        Pure("description", BuiltInScalars.String, parent => ((EnumValue)parent!).Description),
        Pure("isDeprecated", NonNullBoolean, parent => ((EnumValue)parent!).IsDeprecated),
        Pure("deprecationReason", BuiltInScalars.String, parent => ((EnumValue)parent!).DeprecationReason),
    ])
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    });

    /// <summary>graphql-js prints <c>astFromValue(defaultValue, type)</c>: the coerced value, not the SDL text.</summary>
    private static string? PrintDefaultValue(InputValue inputValue)
    {
        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        var literal = AstFromValue.Convert(inputValue.DefaultValue, inputValue.Type);
        return literal is null ? null : Printer.Print(literal);
    }
}
