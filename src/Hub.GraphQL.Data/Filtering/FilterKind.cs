namespace Hub.GraphQL.Data.Filtering;

/// <summary>The input type a filterable field gets, which decides its operations.</summary>
internal enum FilterKind
{
    /// <summary><c>StringOperationFilterInput</c>.</summary>
    String,

    /// <summary><c>IntOperationFilterInput</c>, <c>DateOperationFilterInput</c> …: equality, sets and ranges.</summary>
    Comparable,

    /// <summary><c>BooleanOperationFilterInput</c>: <c>eq</c>, <c>neq</c>.</summary>
    Boolean,

    /// <summary><c>{Enum}OperationFilterInput</c>: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>.</summary>
    Enum,

    /// <summary>A nested object's <c>{Type}FilterInput</c>.</summary>
    Object,

    /// <summary><c>ListFilterInputTypeOf{Type}FilterInput</c> or <c>List{Leaf}OperationFilterInput</c>: <c>all</c>, <c>none</c>, <c>some</c>, <c>any</c>.</summary>
    List,
}
