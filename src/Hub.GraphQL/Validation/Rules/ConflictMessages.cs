using System.Text;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>graphql-js's bounded conflict reporting: reasons cut at 1,000 characters and at most 20 nodes per side.</summary>
internal static class ConflictMessages
{
    private const int MaxDetailLength = 1000;
    private const int MaxNodes = 20;

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    /// <summary>One conflict for two fields whose subfields conflict: "subfields "a" conflict because … and …".</summary>
    public static FieldConflict Merge(string responseName, FieldNode node1, FieldNode node2, List<FieldConflict> subConflicts)
    {
        var message = new StringBuilder();
        foreach (var conflict in subConflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(
            responseName,
            Abbreviate(message.ToString()),
            Nodes(node1, subConflicts, conflict => conflict.Fields1),
            Nodes(node2, subConflicts, conflict => conflict.Fields2));
    }

    // The enclosing field first; when capped, each conflict keeps its deepest nodes.
    private static List<FieldNode> Nodes(FieldNode node, List<FieldConflict> conflicts, Func<FieldConflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Count > remaining ? fields.GetRange(fields.Count - remaining, remaining) : fields);
            if (nodes.Count == MaxNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
