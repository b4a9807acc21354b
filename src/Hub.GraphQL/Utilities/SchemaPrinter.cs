using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Utilities;

/// <summary>
/// graphql-js <c>printSchema</c>/<c>printIntrospectionSchema</c>: SDL with block-string descriptions, default values via
/// <c>astFromValue</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, byte for byte.
/// </summary>
public static class SchemaPrinter
{
    private const string NoIndent = "";
    private const string Indent = "  ";

    /// <summary>The schema's own types and directives (no built-in scalars, introspection types or specified directives).</summary>
    public static string Print(Schema schema) =>
        PrintFiltered(schema, directive => !directive.IsSpecified, type => !BuiltInScalars.IsSpecified(type) && !IntrospectionTypes.IsIntrospectionType(type));

    /// <summary>The specified directives and the introspection types.</summary>
    public static string PrintIntrospection(Schema schema) =>
        PrintFiltered(schema, directive => directive.IsSpecified, IntrospectionTypes.IsIntrospectionType);

    /// <summary>One named type's definition.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType) + Fields(objectType),
        InterfaceType @interface => Description(@interface.Description) + "interface " + @interface.Name + Implements(@interface) + Fields(@interface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Values.Select((value, i) =>
            Description(value.Description, Indent, i == 0) + Indent + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Values.Select((field, i) => Description(field.Description, Indent, i == 0) + Indent + InputValue(field))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string?> { SchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(Directive));
        parts.AddRange(schema.Types.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryTypeOrNull is { } query)
        {
            operations.Add("  query: " + query.Name);
        }

        if (schema.MutationType is { } mutation)
        {
            operations.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Add("  subscription: " + subscription.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryTypeOrNull?.Name is null or "Query"
        && schema.MutationType?.Name is null or "Mutation"
        && schema.SubscriptionType?.Name is null or "Subscription";

    private static string Implements(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexOutputType type) =>
        Block(type.Fields.Values.Select((field, i) =>
            Description(field.Description, Indent, i == 0) + Indent + field.Name + Arguments(field.Arguments.Values.ToList(), Indent)
            + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without any description the arguments fit on one line.
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => Description(a.Description, Indent + indentation, i == 0) + Indent + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Directive(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments.Values.ToList(), NoIndent)
        + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason, false)) + ")",
    };

    private static string SpecifiedBy(string? url) => url is null ? string.Empty : " @specifiedBy(url: " + Printer.Print(new StringValueNode(url, false)) + ")";

    private static string Description(string? description, string indentation = NoIndent, bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
