namespace Hub.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField(string name, IGraphQLType type) : InputValue(name, type)
{
    /// <summary>The input object that declares this field (set when the type collects its fields).</summary>
    public InputObjectType DeclaringType { get; internal set; } = null!;

    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}
