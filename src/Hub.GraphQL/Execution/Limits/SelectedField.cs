using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>A field selection with the type it is selected on, fragments already expanded.</summary>
internal readonly record struct SelectedField(FieldNode Node, NamedType ParentType);
