namespace Hub.GraphQL.Types;

/// <summary>The object and interface types implementing one interface, in type-map order.</summary>
public sealed record Implementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    /// <summary>No implementations.</summary>
    public static Implementations None { get; } = new([], []);
}
