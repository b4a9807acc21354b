namespace Hub.GraphQL.Data.Filtering;

/// <summary>The operation input type a filterable field gets, which decides its operations.</summary>
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
}
