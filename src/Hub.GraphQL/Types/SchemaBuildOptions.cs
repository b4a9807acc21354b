namespace Hub.GraphQL.Types;

/// <summary>Options of <see cref="SchemaBuilder"/> (graphql-js <c>BuildSchemaOptions</c>).</summary>
public sealed class SchemaBuildOptions
{
    /// <summary>Skip SDL validation (graphql-js <c>assumeValidSDL</c>).</summary>
    public bool AssumeValidSdl { get; init; }

    /// <summary>Skip SDL and schema validation (graphql-js <c>assumeValid</c>).</summary>
    public bool AssumeValid { get; init; }
}
