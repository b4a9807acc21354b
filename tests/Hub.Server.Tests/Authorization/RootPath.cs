using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Tests.Authorization;

/// <summary>The shortest chain of fields from the query (or else the mutation) root to an object type, through fields a caller may read.</summary>
internal sealed record RootPath(bool IsMutation, IReadOnlyList<RootPath.Step> Steps)
{
    /// <summary>One field on the way; <see cref="FragmentType"/> narrows an abstract result to the next object type.</summary>
    public sealed record Step(OutputField Field, ObjectType? FragmentType);

    public static RootPath? To(GraphQLSchema schema, ObjectType target, Func<string, bool> mayTraverse)
    {
        foreach (var (root, isMutation) in new[] { (schema.QueryTypeOrNull, false), (schema.MutationType, true) })
        {
            if (root is null)
            {
                continue;
            }

            if (ReferenceEquals(root, target))
            {
                return new RootPath(isMutation, []);
            }

            if (Search(schema, root, target, mayTraverse) is { } steps)
            {
                return new RootPath(isMutation, steps);
            }
        }

        return null;
    }

    private static List<Step>? Search(GraphQLSchema schema, ObjectType root, ObjectType target, Func<string, bool> mayTraverse)
    {
        var reachedBy = new Dictionary<ObjectType, (ObjectType Parent, Step Step)?> { [root] = null };
        var queue = new Queue<ObjectType>([root]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var field in type.Fields.Values.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && mayTraverse($"{type.Name}.{f.Name}")))
            {
                var named = field.Type.NamedType();
                var objects = named switch
                {
                    ObjectType objectType => [objectType],
                    InterfaceType or UnionType => schema.GetPossibleTypes(named),
                    _ => [],
                };
                foreach (var next in objects.Where(o => !IntrospectionTypes.IsIntrospectionType(o) && !reachedBy.ContainsKey(o)))
                {
                    reachedBy[next] = (type, new Step(field, named is ObjectType ? null : next));
                    queue.Enqueue(next);
                }
            }
        }

        if (!reachedBy.ContainsKey(target))
        {
            return null;
        }

        var steps = new List<Step>();
        for (var at = reachedBy[target]; at is { } link; at = reachedBy[link.Parent])
        {
            steps.Insert(0, link.Step);
        }

        return steps;
    }
}
