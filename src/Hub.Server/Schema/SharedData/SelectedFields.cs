using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The fields (as <c>Type.field</c>) a query selects on the rows one read returns, looking through paging wrappers
/// (<c>…Connection</c>, <c>…Edge</c>) but not into linked rows, which are reads of their own. The audit records what a
/// reveal showed in full as the fields both revealed and selected, not every field the scope could reveal.
/// </summary>
public static class SelectedFields
{
    /// <summary>The fields selected on the rows of the field being resolved.</summary>
    public static IReadOnlySet<string> Of(IResolverContext context)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        if (context.GetSelection() is { } selection)
        {
            Collect(context.Schema, selection, selected);
        }

        return selected;
    }

    /// <summary>The names of the fields of <paramref name="typeName"/> among <paramref name="selected"/> (as <see cref="Of"/> gives them).</summary>
    public static IEnumerable<string> OnType(IReadOnlySet<string> selected, string typeName) =>
        selected.Where(c => c.Length > typeName.Length && c[typeName.Length] == '.' && c.StartsWith(typeName, StringComparison.Ordinal))
            .Select(c => c[(typeName.Length + 1)..]);

    private static void Collect(GraphQL.Types.Schema schema, Selection selection, HashSet<string> selected)
    {
        // A union or interface of rows (a clue's evidence record): what is selected on each type it may be.
        var named = selection.Type.NamedType();
        var types = named is ObjectType objectType ? [objectType] : named.IsAbstractType() ? schema.GetPossibleTypes(named) : [];
        foreach (var type in types)
        {
            Collect(schema, selection, type, selected);
        }
    }

    private static void Collect(GraphQL.Types.Schema schema, Selection selection, ObjectType type, HashSet<string> selected)
    {
        var wrapper = type.Name.EndsWith("Connection", StringComparison.Ordinal) || type.Name.EndsWith("Edge", StringComparison.Ordinal);
        foreach (var child in selection.GetSubSelections(type).Selections)
        {
            if (wrapper)
            {
                Collect(schema, child, selected);
            }
            else
            {
                selected.Add($"{type.Name}.{child.Field.Name}");
            }
        }
    }
}
