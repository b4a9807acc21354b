using System.Text.Json;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Conformance.Execution;

/// <summary>
/// A corpus schema (<c>schema.graphql</c> + <c>root.json</c>) bound the way graphql-js's oracle binds it: default
/// property resolvers read the JSON root, fields that hold a <c>{"$error": msg}</c> object throw <c>msg</c>, and a
/// <c>"__typename"</c> key picks the concrete type of an abstract value. Mutations read the same root.
/// </summary>
public sealed class CorpusSchema
{
    private CorpusSchema(Schema schema, IRequestExecutor executor, object? rootValue)
    {
        Schema = schema;
        Executor = executor;
        RootValue = rootValue;
    }

    public Schema Schema { get; }

    public IRequestExecutor Executor { get; }

    /// <summary>The root value: dictionaries, lists and primitives, with <see cref="ResolverFailure"/> markers.</summary>
    public object? RootValue { get; }

    /// <summary>Loads <paramref name="schemaPath"/> and <paramref name="rootPath"/> and binds them.</summary>
    public static CorpusSchema Load(string schemaPath, string rootPath)
    {
        using var rootDocument = JsonDocument.Parse(File.ReadAllBytes(rootPath));
        return Create(File.ReadAllText(schemaPath), JsonValueConverter.ToRootValue(rootDocument.RootElement));
    }

    /// <summary>Binds <paramref name="sdl"/> to an already converted root value.</summary>
    public static CorpusSchema Create(string sdl, object? rootValue)
    {
        var document = Parser.Parse(sdl);
        // The unbound schema only lists the object types and fields the failures must be bound on.
        var unbound = SchemaBuilder.New().AddDocument(document).Build();
        var schema = CorpusResolvers.Bind(SchemaBuilder.New().AddDocument(document), unbound, rootValue).Build();
        return new CorpusSchema(schema, schema.MakeExecutable(), rootValue);
    }
}
