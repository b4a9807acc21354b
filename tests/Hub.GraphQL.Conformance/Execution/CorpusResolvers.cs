using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// Binds the one resolver the corpus conventions need beyond the engine's defaults: a field whose value somewhere in
/// the root is a <see cref="ResolverFailure"/> gets a resolver that throws its message (graphql-js's oracle calls a
/// throwing function there), and one whose value is an <see cref="ArgumentsEcho"/> returns its coerced arguments
/// (graphql-js's oracle calls a function returning <c>args</c>). Every other field keeps the default resolver, and
/// abstract types keep the default type resolution by the <c>"__typename"</c> key, so the defaults themselves are what
/// the corpus checks.
/// </summary>
public static class CorpusResolvers
{
    /// <summary>Binds <see cref="Resolve"/> to every field of <paramref name="schema"/> named like a failing field.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder, Schema schema, object? rootValue)
    {
        var failingFieldNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFailingFieldNames(rootValue, failingFieldNames);
        foreach (var type in schema.Types.Values.OfType<ObjectType>().Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Keys.Where(failingFieldNames.Contains))
            {
                builder.BindResolver(type.Name, field, Resolve);
            }
        }

        return builder;
    }

    /// <summary>Reads the field from its parent dictionary, throwing or echoing where the corpus says so.</summary>
    public static ValueTask<object?> Resolve(IResolverContext context)
    {
        var value = context.Parent is IReadOnlyDictionary<string, object?> fields ? fields.GetValueOrDefault(context.Field.Name) : null;
        return value switch
        {
            ResolverFailure failure => throw new InvalidOperationException(failure.Message),
            ArgumentsEcho => new ValueTask<object?>(Arguments(context)),
            _ => new ValueTask<object?>(value),
        };
    }

    // graphql-js's args object: the given or defaulted arguments, in definition order.
    private static Dictionary<string, object?> Arguments(IResolverContext context)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in context.Field.Arguments.Keys.Where(context.HasArgument))
        {
            arguments[name] = context.ArgumentValue(name);
        }

        return arguments;
    }

    private static void CollectFailingFieldNames(object? value, HashSet<string> names)
    {
        switch (value)
        {
            case Dictionary<string, object?> fields:
                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is ResolverFailure or ArgumentsEcho)
                    {
                        names.Add(name);
                    }

                    CollectFailingFieldNames(fieldValue, names);
                }

                break;
            case List<object?> items:
                foreach (var item in items)
                {
                    CollectFailingFieldNames(item, names);
                }

                break;
        }
    }
}
