using System.Text;
using Hub.GraphQL.Types;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Tests.Authorization;

/// <summary>
/// A query that reaches one field of the served schema: the shortest path of fields from a root type, with
/// placeholder values for required arguments (or the known key a test row has, by argument name), every step aliased <c>c{n}_{depth}</c> so the response and its errors
/// can be traced back to the probe. The leaf is aliased <c>c{n}</c>; <see cref="NullsData"/> says an error at the leaf nulls the whole <c>data</c> (every position non-null).
/// </summary>
internal sealed record FieldProbe(
    string Coordinate,
    string LeafAlias,
    IReadOnlyList<string> Ancestors,
    bool NullsData,
    bool IsMutation,
    string Selection)
{
    /// <summary>A probe for <c>type.field</c> through fields <paramref name="mayTraverse"/> allows, or null when none reaches the type.</summary>
    public static FieldProbe? For(GraphQLSchema schema, ObjectType type, OutputField field, int number, IReadOnlyDictionary<string, string> knownKeys, Func<string, bool> mayTraverse)
    {
        var path = RootPath.To(schema, type, mayTraverse);
        if (path is null)
        {
            return null;
        }

        var leafAlias = $"c{number}";
        var ancestors = new List<string>();
        var text = new StringBuilder();
        var closing = new StringBuilder();
        foreach (var step in path.Steps)
        {
            var alias = $"{leafAlias}_{ancestors.Count}";
            ancestors.Add(alias);
            text.Append($"{alias}: {step.Field.Name}{PlaceholderArguments.For(step.Field, knownKeys)} {{ ");
            closing.Append(" }");
            if (step.FragmentType is { } fragmentType)
            {
                text.Append($"... on {fragmentType.Name} {{ ");
                closing.Append(" }");
            }
        }

        text.Append($"{leafAlias}: {field.Name}{PlaceholderArguments.For(field, knownKeys)}");
        if (field.Type.NamedType() is ComplexOutputType or UnionType)
        {
            text.Append(" { __typename }");
        }

        var nullsData = path.Steps.All(s => s.Field.Type is NonNullType) && field.Type is NonNullType;
        return new FieldProbe(
            $"{type.Name}.{field.Name}", leafAlias, ancestors, nullsData, path.IsMutation, text.Append(closing).ToString());
    }
}
