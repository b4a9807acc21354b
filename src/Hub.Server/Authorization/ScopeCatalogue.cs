using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;
using Hub.Identity.Policies;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Authorization;

/// <summary>
/// <c>policies/scopes.yaml</c> applied to the served schema. A field is guarded when a grant names its type (every
/// field of a non-root type) or names the field itself on a root type (<c>Query</c>, <c>Mutation</c>, or all of a
/// root type's fields with <c>*</c>); a guarded field is readable only with a scope that grants it. Every other field
/// is public. Built once at start-up; grants naming a type or field the schema lacks are errors with file:line.
/// </summary>
public sealed class ScopeCatalogue
{
    private readonly Dictionary<(string Type, string Field), SortedSet<string>> _guarded;

    private ScopeCatalogue(Dictionary<(string, string), SortedSet<string>> guarded) => _guarded = guarded;

    /// <summary>Every guarded field (<c>Type.field</c>) with the scopes that may read it (possibly none).</summary>
    public IEnumerable<(string Type, string Field, IReadOnlySet<string> Scopes)> GuardedFields =>
        _guarded.Select(pair => (pair.Key.Type, pair.Key.Field, (IReadOnlySet<string>)pair.Value));

    /// <summary>Applies <paramref name="scopes"/> to <paramref name="schema"/>; throws <see cref="PolicyValidationException"/> naming every grant the schema cannot honour.</summary>
    public static ScopeCatalogue Create(IReadOnlyList<ScopeDefinition> scopes, GraphQLSchema schema, string scopesFile)
    {
        var errors = new List<PolicyError>();
        var guarded = new Dictionary<(string, string), SortedSet<string>>();
        var roots = new HashSet<NamedType?>([schema.QueryTypeOrNull, schema.MutationType, schema.SubscriptionType]);
        foreach (var scope in scopes)
        {
            foreach (var grant in scope.Grants)
            {
                if (schema.GetType(grant.TypeName) is not ComplexOutputType type || IntrospectionTypes.IsIntrospectionType(type))
                {
                    errors.Add(new PolicyError(scopesFile, grant.Line, grant.Column, schema.GetType(grant.TypeName) is null
                        ? $"Scope '{scope.Name}' grants type '{grant.TypeName}', which the served schema does not have."
                        : $"Scope '{scope.Name}' grants type '{grant.TypeName}', which is not an object or interface type."));
                    continue;
                }

                foreach (var missing in grant.Fields.Concat(grant.Masked).Where(f => f != "*" && !type.Fields.ContainsKey(f)).Distinct())
                {
                    var (line, column) = grant.FieldLocations.GetValueOrDefault(missing, (grant.Line, grant.Column));
                    errors.Add(new PolicyError(scopesFile, line, column,
                        $"Scope '{scope.Name}' grants '{grant.TypeName}.{missing}', but type '{grant.TypeName}' has no field '{missing}' in the served schema."));
                }

                var isRoot = roots.Contains(type);
                foreach (var field in type.Fields.Values)
                {
                    var granted = grant.AllowsField(field.Name);
                    if (!granted && isRoot)
                    {
                        continue;
                    }

                    var readers = guarded.TryGetValue((type.Name, field.Name), out var existing) ? existing : guarded[(type.Name, field.Name)] = new SortedSet<string>(StringComparer.Ordinal);
                    if (granted)
                    {
                        readers.Add(scope.Name);
                    }
                }
            }
        }

        return errors.Count > 0 ? throw new PolicyValidationException(errors) : new ScopeCatalogue(guarded);
    }

    /// <summary>True when <c>type.field</c> is public or one of <paramref name="callerScopes"/> grants it.</summary>
    public bool MayRead(string type, string field, IReadOnlySet<string> callerScopes) =>
        !_guarded.TryGetValue((type, field), out var readers) || readers.Overlaps(callerScopes);

    /// <summary>The engine rules: one generated scope policy (<see cref="ScopePolicies"/>) per guarded object field.</summary>
    public FieldAuthorizations ApplyTo(FieldAuthorizations rules) => rules.With(
        _guarded.Where(pair => rules.Schema.GetType(pair.Key.Type) is ObjectType)
            .Select(pair => (pair.Key.Type, pair.Key.Field, new AuthorizeDirective(ScopePolicies.NameFor(pair.Value)))));
}
