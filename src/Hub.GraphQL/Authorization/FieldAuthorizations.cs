using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// The authorization rules of one schema's object fields, with HotChocolate's semantics: a field's own
/// <c>@authorize</c> rules, plus those of the object type it returns (checked once, on the field returning it), plus
/// those of a root type it is declared on (unless the field allows anonymous access). Introspection fields are never
/// guarded. Immutable; <c>With</c> adds rules a host generates (e.g. from a scope catalogue).
/// </summary>
public sealed class FieldAuthorizations
{
    private readonly Dictionary<OutputField, AuthorizeDirective[]> _rules;

    private FieldAuthorizations(Schema schema, Dictionary<OutputField, AuthorizeDirective[]> rules)
    {
        Schema = schema;
        _rules = rules;
    }

    /// <summary>The schema the rules belong to.</summary>
    public Schema Schema { get; }

    /// <summary>True when no field is guarded (the executor then adds no authorization step at all).</summary>
    public bool IsEmpty => _rules.Count == 0;

    /// <summary>True when some rule is checked for the whole request before execution.</summary>
    public bool HasValidationRules => _rules.Values.Any(rules => rules.Any(r => r.Apply == ApplyPolicy.Validation));

    /// <summary>Every guarded field with its rules, in no particular order.</summary>
    public IEnumerable<KeyValuePair<OutputField, IReadOnlyList<AuthorizeDirective>>> Fields =>
        _rules.Select(pair => KeyValuePair.Create(pair.Key, (IReadOnlyList<AuthorizeDirective>)pair.Value));

    /// <summary>The rules declared in the schema's SDL (<c>@authorize</c>) or code-first attributes.</summary>
    public static FieldAuthorizations FromSchema(Schema schema)
    {
        var rules = new Dictionary<OutputField, AuthorizeDirective[]>(ReferenceEqualityComparer.Instance);
        var roots = new HashSet<ObjectType?>([schema.QueryTypeOrNull, schema.MutationType, schema.SubscriptionType]);
        foreach (var type in schema.Types.Values.OfType<ObjectType>().Where(t => !IntrospectionTypes.IsIntrospectionType(t)))
        {
            var rootRules = roots.Contains(type) ? AuthorizeDirectiveReader.Of(type).ToArray() : [];
            foreach (var field in type.Fields.Values)
            {
                var returned = field.Type.NamedType() is ObjectType objectType && !roots.Contains(objectType)
                    ? AuthorizeDirectiveReader.Of(objectType)
                    : [];
                AuthorizeDirective[] fieldRules =
                [
                    .. AuthorizeDirectiveReader.AllowsAnonymous(field) ? [] : rootRules,
                    .. AuthorizeDirectiveReader.Of(field),
                    .. returned,
                ];
                if (fieldRules.Length > 0)
                {
                    rules[field] = fieldRules;
                }
            }
        }

        return new FieldAuthorizations(schema, rules);
    }

    /// <summary>The rules with <paramref name="directive"/> added to <c>typeName.fieldName</c>; throws when the schema has no such object field.</summary>
    public FieldAuthorizations With(string typeName, string fieldName, AuthorizeDirective directive) =>
        With([(typeName, fieldName, directive)]);

    /// <summary>The rules with each directive added to its field; throws when the schema lacks one of the object fields.</summary>
    public FieldAuthorizations With(IEnumerable<(string TypeName, string FieldName, AuthorizeDirective Directive)> additions)
    {
        var rules = new Dictionary<OutputField, AuthorizeDirective[]>(_rules, ReferenceEqualityComparer.Instance);
        foreach (var (typeName, fieldName, directive) in additions)
        {
            if (Schema.GetType(typeName) is not ObjectType type || !type.Fields.TryGetValue(fieldName, out var field))
            {
                throw new ArgumentException($"Cannot authorize \"{typeName}.{fieldName}\": the schema has no such object field.", nameof(additions));
            }

            rules[field] = [.. rules.GetValueOrDefault(field) ?? [], directive];
        }

        return new FieldAuthorizations(Schema, rules);
    }

    /// <summary>The rules guarding <paramref name="field"/> (empty when it is public).</summary>
    public IReadOnlyList<AuthorizeDirective> For(OutputField field) => _rules.GetValueOrDefault(field) ?? [];
}
