using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>A generated <c>{Type}FilterInput</c>: its name and filterable fields, each read from the one row parameter.</summary>
internal sealed record FilterInputType(string Name, ParameterExpression Row, IReadOnlyDictionary<string, FilterField> Fields);

/// <summary>A field of a filter input: what it reads from the row and its operation input type.</summary>
internal sealed record FilterField(string Name, Expression Member, FilterKind Kind, string OperationType, string LeafType);
