using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types.Conventions;

/// <summary>
/// What a convention sees and may change: the SDL documents in the order they were added (edited in place, so the
/// printed order of types stays the order of the sources) and the field bindings.
/// </summary>
public sealed class SchemaConventionContext
{
    private readonly List<List<DefinitionNode>> _sources;
    private readonly SchemaBindings _bindings;

    internal SchemaConventionContext(List<List<DefinitionNode>> sources, SchemaBindings bindings)
    {
        _sources = sources;
        _bindings = bindings;
    }

    /// <summary>Every definition and extension of every source, in order, as the schema will be built from them.</summary>
    public IEnumerable<DefinitionNode> Definitions => _sources.SelectMany(source => source);

    /// <summary>True when some source defines a type named <paramref name="typeName"/>.</summary>
    public bool HasType(string typeName) =>
        Definitions.OfType<TypeDefinitionNode>().Any(definition => definition.Name.Value == typeName);

    /// <summary>The fields an object type declares in its definition and extensions, in source order.</summary>
    public IEnumerable<FieldDefinitionNode> ObjectFields(string typeName) =>
        Definitions.SelectMany(definition => FieldsOf(definition, typeName));

    /// <summary>The definition of <c>typeName.fieldName</c>; throws when no source declares that object field.</summary>
    public FieldDefinitionNode GetField(string typeName, string fieldName) =>
        ObjectFields(typeName).FirstOrDefault(field => field.Name.Value == fieldName)
        ?? throw new InvalidOperationException($"The SDL declares no object field \"{typeName}.{fieldName}\".");

    /// <summary>Replaces the definition of <c>typeName.fieldName</c> where it is declared (e.g. with more arguments or another type).</summary>
    public void ReplaceField(string typeName, string fieldName, FieldDefinitionNode replacement)
    {
        var (source, index) = Locate(typeName, fieldName);
        _sources[source][index] = _sources[source][index] switch
        {
            ObjectTypeDefinitionNode type => new ObjectTypeDefinitionNode(
                type.Description, type.Name, type.Interfaces, type.Directives, Replace(type.Fields, fieldName, replacement), type.Location),
            ObjectTypeExtensionNode extension => new ObjectTypeExtensionNode(
                extension.Name, extension.Interfaces, extension.Directives, Replace(extension.Fields, fieldName, replacement), extension.Location),
            _ => throw new InvalidOperationException("Only object fields are located."),
        };
    }

    /// <summary>
    /// Adds definitions to the source that declares <c>typeName.fieldName</c>, after what that source already holds,
    /// so generated types print beside the field's own (as HotChocolate places a field's connection types).
    /// </summary>
    public void AddDefinitionsBesideField(string typeName, string fieldName, IEnumerable<DefinitionNode> definitions) =>
        _sources[Locate(typeName, fieldName).Source].AddRange(definitions);

    /// <summary>True when the field has a resolver bound (full or pure).</summary>
    public bool IsBound(string typeName, string fieldName) =>
        _bindings.Resolvers.ContainsKey((typeName, fieldName)) || _bindings.PureResolvers.ContainsKey((typeName, fieldName));

    /// <summary>Binds a resolver to a field (e.g. of a type the convention added).</summary>
    public void BindResolver(string typeName, string fieldName, FieldResolverDelegate resolver) =>
        _bindings.Resolvers[(typeName, fieldName)] = resolver;

    /// <summary>Binds a pure resolver (reads only the parent value) to a field.</summary>
    public void BindResolver(string typeName, string fieldName, PureFieldResolverDelegate resolver) =>
        _bindings.PureResolvers[(typeName, fieldName)] = resolver;

    /// <summary>Adds middleware around everything the field already has (its resolver and earlier middleware).</summary>
    public void Use(string typeName, string fieldName, FieldMiddleware middleware) => _bindings.Use(typeName, fieldName, middleware);

    private (int Source, int Index) Locate(string typeName, string fieldName)
    {
        for (var source = 0; source < _sources.Count; source++)
        {
            for (var index = 0; index < _sources[source].Count; index++)
            {
                if (FieldsOf(_sources[source][index], typeName).Any(field => field.Name.Value == fieldName))
                {
                    return (source, index);
                }
            }
        }

        throw new InvalidOperationException($"The SDL declares no object field \"{typeName}.{fieldName}\".");
    }

    private static IReadOnlyList<FieldDefinitionNode> FieldsOf(DefinitionNode definition, string typeName) => definition switch
    {
        ObjectTypeDefinitionNode type when type.Name.Value == typeName => type.Fields,
        ObjectTypeExtensionNode extension when extension.Name.Value == typeName => extension.Fields,
        _ => [],
    };

    private static List<FieldDefinitionNode> Replace(IEnumerable<FieldDefinitionNode> fields, string fieldName, FieldDefinitionNode replacement) =>
        fields.Select(field => field.Name.Value == fieldName ? replacement : field).ToList();
}
