using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildSchema</c>, extensions merged) and binds resolvers to
/// its fields. Fields without a bound resolver read the parent's property, dictionary key or JSON property.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<DocumentNode> _internalDefinitions = [];
    private readonly SchemaBindings _bindings = new();
    private readonly List<ISchemaConvention> _conventions = [];

    private SchemaBuilder()
    {
    }

    /// <summary>Types registered code-first (see <c>CodeFirstSchemaBuilderExtensions</c>); null when there are none.</summary>
    internal CodeFirst.CodeFirstRegistration? CodeFirst { get; set; }

    /// <summary>Starts an empty builder.</summary>
    public static SchemaBuilder New() => new();

    /// <summary>graphql-js <c>buildSchema(sdl)</c>: parses, validates and builds; throws <see cref="GraphQLException"/> on invalid SDL or schema.</summary>
    public static Schema FromSdl(string sdl, SchemaBuildOptions? options = null) => New().AddSdl(sdl).Build(options);

    /// <summary>Adds SDL; several calls are merged into one document in order.</summary>
    public SchemaBuilder AddSdl(string sdl) => AddDocument(Parser.Parse(sdl));

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Declares definitions (directives and the types of their arguments) that the SDL may use but the built schema
    /// leaves out, like HotChocolate's internal <c>@authorize</c>: they are neither printed nor introspectable.
    /// </summary>
    public SchemaBuilder AddInternalDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _internalDefinitions.Add(document);
        return this;
    }

    /// <summary>Binds a resolver to <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolverDelegate resolver)
    {
        _bindings.Resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a pure resolver (reads only the parent value) to <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, PureFieldResolverDelegate resolver)
    {
        _bindings.PureResolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>
    /// Configures <c>typeName.fieldName</c> field by field, e.g.
    /// <c>builder.Field("Query", "clients").Resolve(context => clients).UsePaging()</c>.
    /// </summary>
    public FieldDescriptor Field(string typeName, string fieldName) => new(this, typeName, fieldName);

    /// <summary>Adds <paramref name="middleware"/> around the field's resolver and the middleware added before it.</summary>
    public SchemaBuilder Use(string typeName, string fieldName, FieldMiddleware middleware)
    {
        _bindings.Use(typeName, fieldName, middleware);
        return this;
    }

    /// <summary>Adds a convention, applied to the merged SDL and the bindings when the schema is built.</summary>
    public SchemaBuilder AddConvention(ISchemaConvention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        _conventions.Add(convention);
        return this;
    }

    /// <summary>The builder's convention of type <typeparamref name="T"/>, added on first use (for conventions fields register with).</summary>
    public T Convention<T>()
        where T : ISchemaConvention, new()
    {
        if (_conventions.OfType<T>().FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var convention = new T();
        _conventions.Add(convention);
        return convention;
    }

    /// <summary>Binds the event-stream factory of a subscription field.</summary>
    public SchemaBuilder BindSubscribe(string typeName, string fieldName, SubscribeResolverDelegate subscribe)
    {
        _bindings.Subscribers[(typeName, fieldName)] = subscribe;
        return this;
    }

    /// <summary>Binds <c>isTypeOf</c> of an object type.</summary>
    public SchemaBuilder BindIsTypeOf(string typeName, IsTypeOfDelegate isTypeOf)
    {
        _bindings.IsTypeOf[typeName] = isTypeOf;
        return this;
    }

    /// <summary>Binds <c>resolveType</c> of an interface or union.</summary>
    public SchemaBuilder BindResolveType(string typeName, ResolveTypeDelegate resolveType)
    {
        _bindings.ResolveType[typeName] = resolveType;
        return this;
    }

    /// <summary>Declares the CLR type whose instances an object type represents (used by default type resolution).</summary>
    public SchemaBuilder BindRuntimeType(string typeName, Type runtimeType)
    {
        _bindings.RuntimeTypes[typeName] = runtimeType;
        return this;
    }

    /// <summary>
    /// Makes the values of an SDL enum the members of a CLR enum: <c>DOUBLE_CHECKED</c> binds <c>DoubleChecked</c>
    /// (names compared without underscores, ignoring case). Unbound enums use their value names as runtime values.
    /// </summary>
    public SchemaBuilder BindEnumType<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        _bindings.EnumRuntimeTypes[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// Gives the values of an SDL enum explicit runtime values (by value name), e.g. the stored codes of a code list, so
    /// that input coercion yields the stored value and serialization maps it back to its name.
    /// </summary>
    public SchemaBuilder BindEnumValues(string typeName, IReadOnlyDictionary<string, object> runtimeValues)
    {
        _bindings.EnumRuntimeValues[typeName] = runtimeValues;
        return this;
    }

    /// <summary>Supplies the implementation of a scalar the SDL declares (or references) by the scalar's name.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _bindings.Scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="GraphQLException"/> listing every problem.</summary>
    public Schema Build(SchemaBuildOptions? options = null)
    {
        options ??= new SchemaBuildOptions();
        var document = ApplyConventions();
        if (CodeFirst is not null)
        {
            if (document.Definitions.Count > 0)
            {
                throw new InvalidOperationException("A schema is built either from SDL or code-first; this builder was given both.");
            }
        }
        else if (!options.AssumeValid && !options.AssumeValidSdl)
        {
            // graphql-js's buildASTSchema checks the SDL itself first (assertValidSDL) unless told to assume it valid.
            Validation.DocumentValidator.AssertValidSdl(_internalDefinitions.Count == 0
                ? document
                : new DocumentNode([.. document.Definitions, .. _internalDefinitions.SelectMany(d => d.Definitions)]));
        }

        var schema = CodeFirst?.CreateSchema() ?? new SdlSchemaFactory(document, _bindings).Create();
        var unknown = _bindings.UnknownFields(schema).Select(key =>
            new GraphQLError($"Cannot bind a resolver to \"{key.Type}.{key.Field}\": the schema has no such field.")).ToList();
        if (unknown.Count > 0)
        {
            throw new GraphQLException(unknown);
        }

        if (!options.AssumeValid)
        {
            SchemaValidator.AssertValid(schema);
        }

        return schema;
    }

    /// <summary>The merged SDL after every convention has seen and edited it.</summary>
    private DocumentNode ApplyConventions()
    {
        if (_conventions.Count == 0)
        {
            return _documents.Count == 1 ? _documents[0] : new DocumentNode(_documents.SelectMany(d => d.Definitions).ToList());
        }

        var context = new SchemaConventionContext(_documents.Select(d => d.Definitions.ToList()).ToList(), _bindings);
        foreach (var convention in _conventions)
        {
            convention.Apply(context);
        }

        return new DocumentNode(context.Definitions.ToList());
    }
}
