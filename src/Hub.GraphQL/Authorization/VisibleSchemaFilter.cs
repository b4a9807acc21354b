using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// Builds the part of a schema one caller may query, for introspection: the fields the predicate hides are left out,
/// then every type left without fields (or members), every field returning such a type, and every type no longer
/// reachable from the root types. The result is a valid schema, so GraphQL IDEs can build a client schema from it.
/// </summary>
public static class VisibleSchemaFilter
{
    /// <summary>The visible part of <paramref name="schema"/>; <paramref name="isVisible"/> decides each object and interface field.</summary>
    public static Schema Filter(Schema schema, Func<NamedType, OutputField, bool> isVisible)
    {
        var visibleFields = schema.Types.Values.OfType<ComplexOutputType>()
            .Where(t => !IntrospectionTypes.IsIntrospectionType(t))
            .ToDictionary(t => t.Name, t => t.Fields.Values.Where(f => isVisible(t, f)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal));
        var removed = RemoveEmptyTypes(schema, visibleFields);
        var kept = Reachable(schema, visibleFields, removed);
        var document = Parser.Parse(schema.ToSdl());
        var definitions = document.Definitions.Select(d => Keep(d, visibleFields, kept)).OfType<DefinitionNode>().ToList();
        return SchemaBuilder.New().AddDocument(new DocumentNode(definitions)).Build();
    }

    /// <summary>Removes types without visible fields or members, and the fields returning them, until nothing changes.</summary>
    private static HashSet<string> RemoveEmptyTypes(Schema schema, Dictionary<string, HashSet<string>> visibleFields)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (typeName, fields) in visibleFields.Where(pair => !removed.Contains(pair.Key)))
            {
                var type = (ComplexOutputType)schema.Types[typeName];
                fields.RemoveWhere(f => removed.Contains(type.Fields[f].Type.NamedType().Name));
                if (fields.Count == 0 && !ReferenceEquals(type, schema.QueryTypeOrNull))
                {
                    changed |= removed.Add(typeName);
                }
            }

            foreach (var union in schema.Types.Values.OfType<UnionType>().Where(u => !removed.Contains(u.Name)))
            {
                if (union.Types.All(member => removed.Contains(member.Name)))
                {
                    changed |= removed.Add(union.Name);
                }
            }
        }
        while (changed);

        return removed;
    }

    private static HashSet<string> Reachable(Schema schema, Dictionary<string, HashSet<string>> visibleFields, HashSet<string> removed)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<NamedType>(new[] { schema.QueryTypeOrNull, schema.MutationType, schema.SubscriptionType }
            .OfType<NamedType>().Where(t => !removed.Contains(t.Name)));
        while (pending.TryPop(out var type))
        {
            if (removed.Contains(type.Name) || !reached.Add(type.Name))
            {
                continue;
            }

            foreach (var next in Neighbours(schema, type, visibleFields))
            {
                pending.Push(next);
            }
        }

        return reached;
    }

    private static IEnumerable<NamedType> Neighbours(Schema schema, NamedType type, Dictionary<string, HashSet<string>> visibleFields) => type switch
    {
        ComplexOutputType complex => complex.Fields.Values
            .Where(f => visibleFields[complex.Name].Contains(f.Name))
            .SelectMany(f => f.Arguments.Values.Select(a => a.Type.NamedType()).Append(f.Type.NamedType()))
            .Concat(complex.Interfaces)
            .Concat(complex is InterfaceType ? schema.GetPossibleTypes(complex) : []),
        UnionType union => union.Types,
        InputObjectType input => input.Fields.Values.Select(f => f.Type.NamedType()),
        _ => [],
    };

    private static DefinitionNode? Keep(DefinitionNode definition, Dictionary<string, HashSet<string>> visibleFields, HashSet<string> kept)
    {
        IReadOnlyList<FieldDefinitionNode> Fields(string type, IReadOnlyList<FieldDefinitionNode> fields) =>
            [.. fields.Where(f => visibleFields[type].Contains(f.Name.Value))];

        // An object whose field is hidden while its interface's field is visible can no longer claim the interface.
        IReadOnlyList<NamedTypeNode> Interfaces(string type, IReadOnlyList<NamedTypeNode> interfaces) =>
            [.. interfaces.Where(i => kept.Contains(i.Name.Value) && visibleFields[i.Name.Value].IsSubsetOf(visibleFields[type]))];

        return definition switch
        {
            SchemaDefinitionNode root => new SchemaDefinitionNode(
                root.Description, root.Directives, [.. root.OperationTypes.Where(o => kept.Contains(o.Type.Name.Value))]),
            TypeDefinitionNode type when !kept.Contains(type.Name.Value) => null,
            ObjectTypeDefinitionNode o => new ObjectTypeDefinitionNode(
                o.Description, o.Name, Interfaces(o.Name.Value, o.Interfaces), o.Directives, Fields(o.Name.Value, o.Fields)),
            InterfaceTypeDefinitionNode i => new InterfaceTypeDefinitionNode(
                i.Description, i.Name, Interfaces(i.Name.Value, i.Interfaces), i.Directives, Fields(i.Name.Value, i.Fields)),
            UnionTypeDefinitionNode u => new UnionTypeDefinitionNode(
                u.Description, u.Name, u.Directives, [.. u.Types.Where(t => kept.Contains(t.Name.Value))]),
            _ => definition,
        };
    }
}
