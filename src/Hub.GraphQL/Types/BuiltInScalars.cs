using Hub.GraphQL.Types.Scalars;

namespace Hub.GraphQL.Types;

/// <summary>The five scalars the GraphQL specification defines, as singletons.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>The specified scalars in graphql-js's order (<c>specifiedScalarTypes</c>).</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The specified scalar named <paramref name="name"/>, or null.</summary>
    public static ScalarType? Get(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>True for the five specified scalars (by name, as graphql-js's <c>isSpecifiedScalarType</c>).</summary>
    public static bool IsSpecified(NamedType type) => type is ScalarType && Get(type.Name) is not null;
}
