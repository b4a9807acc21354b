using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, …) with graphql-js 16.15's fields, order and descriptions.
/// Field resolvers read the type-system objects directly; those without arguments are pure.
/// </summary>
public static partial class IntrospectionTypes
{
    private static readonly IGraphQLType NonNullString = new NonNullType(BuiltInScalars.String);
    private static readonly IGraphQLType NonNullBoolean = new NonNullType(BuiltInScalars.Boolean);

    /// <summary>All introspection type names start with this prefix.</summary>
    public const string Prefix = "__";

    /// <summary>The eight introspection types in graphql-js's order.</summary>
    /// <remarks>Computed on first use: static initializers of partial-class files run in no guaranteed order.</remarks>
    public static IReadOnlyList<NamedType> All =>
        field ??= [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    /// <summary>True for the names of the introspection types.</summary>
    public static bool IsIntrospectionType(NamedType type) => All.Any(t => ReferenceEquals(t, type) || t.Name == type.Name);

    private static OutputField Pure(string name, IGraphQLType type, PureFieldResolverDelegate resolve, string? description = null) =>
        new(name, type) { PureResolver = resolve, Description = description };

    /// <summary>A field with an <c>includeDeprecated</c> argument that filters deprecated elements out unless it is true.</summary>
    private static OutputField WithIncludeDeprecated(
        string name, IGraphQLType type, IGraphQLType argumentType, Func<object?, bool, object?> resolve, string? description = null) =>
        new(name, type)
        {
            Description = description,
            Arguments = OutputField.ArgumentMap(
            [
                new Argument("includeDeprecated", argumentType)
                {
                    DefaultValue = false,
                    DefaultValueLiteral = new Language.Syntax.BooleanValueNode(false, null),
                },
            ]),
            Resolver = context => new ValueTask<object?>(
                resolve(context.Parent, context.ArgumentValue("includeDeprecated") is true)),
        };
}
