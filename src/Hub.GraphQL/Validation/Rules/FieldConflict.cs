using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Two fields with the same response name that cannot be merged, why, and the field nodes on each side (outer field first).</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
