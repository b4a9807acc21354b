using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Projection;

/// <summary>
/// The fields a request selects on the rows of a list field, looking through a connection's <c>nodes</c> and
/// <c>edges { node }</c> (HotChocolate's field names), with fragments and <c>@skip</c>/<c>@include</c> already applied by
/// the compiled selection.
/// </summary>
internal static class SelectedNodeFields
{
    private static readonly HashSet<string> ConnectionFields = new(StringComparer.Ordinal) { "nodes", "edges", "node" };

    public static IEnumerable<string> Of(Selection selection, string nodeType)
    {
        if (selection.Type.NamedType() is not ObjectType type)
        {
            yield break;
        }

        var children = selection.GetSubSelections(type).Selections;
        if (type.Name == nodeType)
        {
            foreach (var child in children)
            {
                yield return child.Field.Name;
            }

            yield break;
        }

        foreach (var child in children.Where(c => ConnectionFields.Contains(c.Field.Name)))
        {
            foreach (var name in Of(child, nodeType))
            {
                yield return name;
            }
        }
    }
}
