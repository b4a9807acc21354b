using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation;

/// <summary>
/// One use of a variable: the node, the input type expected there (if known), whether that position has a default
/// value, and the input type around the position (e.g. the input object whose field it fills).
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, IGraphQLType? Type, bool HasDefaultValue, IGraphQLType? ParentType);
