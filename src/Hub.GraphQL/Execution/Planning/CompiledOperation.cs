using System.Collections.Concurrent;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>
/// An operation compiled once per (document, operation name): its fragments, root type and the root selections per
/// <c>@skip</c>/<c>@include</c> outcome. Sub-selections compile lazily and are cached inside the plan, so a cached
/// operation never collects fields again. Thread-safe and immutable from the outside.
/// </summary>
public sealed class CompiledOperation
{
    private const int MaxCachedVariants = 64;
    private readonly IncludeConditions _conditions;
    private readonly ConcurrentDictionary<ulong, SelectionSet> _variants = new();
    private readonly IReadOnlyDictionary<OutputField, FieldAuthorizer>? _authorizers;

    internal CompiledOperation(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode definition,
        IReadOnlyDictionary<OutputField, FieldAuthorizer>? authorizers = null)
    {
        _authorizers = authorizers;
        Schema = schema;
        Document = document;
        Definition = definition;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in document.Definitions)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        Fragments = fragments;
        RootType = schema.GetRootType(definition.Operation);
        _conditions = new IncludeConditions([definition, .. fragments.Values]);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Definition { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The root type for the operation kind, or null when the schema does not define it.</summary>
    public ObjectType? RootType { get; }

    /// <summary>The root selections for the given coerced variables (cached per <c>@skip</c>/<c>@include</c> outcome).</summary>
    public SelectionSet GetRootSelections(IReadOnlyDictionary<string, object?> variables)
    {
        var rootType = RootType ?? throw new InvalidOperationException("The schema has no root type for this operation.");
        var outcome = _conditions.Evaluate(variables);
        if (outcome.Key is { } key && _variants.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var compiled = new SelectionCompiler(Schema, Fragments, _conditions, outcome, _authorizers)
            .CollectFields(rootType, Definition.SelectionSet);
        if (outcome.Key is { } newKey && _variants.Count < MaxCachedVariants)
        {
            return _variants.GetOrAdd(newKey, compiled);
        }

        return compiled;
    }
}
