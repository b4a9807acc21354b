namespace Hub.GraphQL.Data.Filtering;

/// <summary>HotChocolate's operation input types (<c>AddDefaultOperations()</c>, <c>BindDefaultTypes()</c>): names, operations and SDL.</summary>
internal static class FilterOperationInputs
{
    private static readonly string[] StringOperations =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    private static readonly string[] EqualityOperations = ["eq", "neq"];

    private static readonly string[] SetOperations = ["eq", "neq", "in", "nin"];

    /// <summary>The kind of operation input a leaf of GraphQL type <paramref name="graphQLType"/> gets.</summary>
    public static FilterKind KindOf(string graphQLType, bool isEnum) => (graphQLType, isEnum) switch
    {
        (_, true) => FilterKind.Enum,
        ("String", _) => FilterKind.String,
        ("Boolean", _) => FilterKind.Boolean,
        _ => FilterKind.Comparable,
    };

    /// <summary><c>StringOperationFilterInput</c>, <c>UuidOperationFilterInput</c>, <c>RoleOperationFilterInput</c> …</summary>
    public static string NameOf(string graphQLType) => (graphQLType == "UUID" ? "Uuid" : graphQLType) + "OperationFilterInput";

    /// <summary>The operations an input of <paramref name="kind"/> has, in HotChocolate's field order.</summary>
    public static IReadOnlyList<string> Operations(FilterKind kind) => kind switch
    {
        FilterKind.String => StringOperations,
        FilterKind.Comparable => ComparableOperations,
        FilterKind.Boolean => EqualityOperations,
        _ => SetOperations,
    };

    /// <summary>True for the operations that take a list of values.</summary>
    public static bool IsSet(string operation) => operation is "in" or "nin";

    /// <summary>
    /// The list filter input over elements filtered by <paramref name="elementInput"/>, as HotChocolate names it:
    /// <c>ListStringOperationFilterInput</c> for leaves, <c>ListFilterInputTypeOfBookFilterInput</c> for objects.
    /// </summary>
    public static string ListNameOf(string elementInput, bool ofObjects) => (ofObjects ? "ListFilterInputTypeOf" : "List") + elementInput;

    /// <summary>The SDL of a list filter input: <c>all</c>, <c>none</c>, <c>some</c> over its elements' input, <c>any</c> for non-empty.</summary>
    public static string ListSdl(string name, string elementInput) =>
        $"input {name} {{\n  all: {elementInput}\n  none: {elementInput}\n  some: {elementInput}\n  any: Boolean\n}}";

    /// <summary>The SDL of the operation input for leaves of <paramref name="graphQLType"/>.</summary>
    public static string Sdl(string graphQLType, bool isEnum)
    {
        var kind = KindOf(graphQLType, isEnum);
        var name = NameOf(graphQLType);
        var item = kind == FilterKind.Enum ? graphQLType + "!" : graphQLType;
        var fields = Operations(kind).Select(op => $"  {op}: {(IsSet(op) ? $"[{item}]" : graphQLType)}");
        var logical = kind == FilterKind.String ? [$"  and: [{name}!]", $"  or: [{name}!]"] : Array.Empty<string>();
        return $"input {name} {{\n{string.Join("\n", logical.Concat(fields))}\n}}";
    }
}
