using Hub.GraphQL.Types;

namespace Hub.Server.Schema;

/// <summary>
/// One area's part of the hub schema: an embedded SDL file that extends the root types, and the resolvers behind it.
/// Resolvers take their services from the request (<c>context.Services</c>), so modules hold no state.
/// </summary>
public interface IHubSchemaModule
{
    /// <summary>The embedded SDL file's name (unique across <c>Schema/**</c>), e.g. <c>System.graphql</c>.</summary>
    string SdlFile { get; }

    /// <summary>Binds the resolvers of the fields the SDL file declares.</summary>
    void BindResolvers(SchemaBuilder builder);
}
