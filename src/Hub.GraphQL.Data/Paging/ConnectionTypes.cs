using System.Runtime.CompilerServices;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Paging;

/// <summary>
/// Adds HotChocolate's connection types to an SDL-first schema: <c>{Name}Connection</c> and <c>{Name}Edge</c> (named
/// after the field, as HotChocolate's <c>InferConnectionNameFromField</c>), and <c>PageInfo</c> once per builder.
/// The field itself declares <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c> and returns the connection.
/// </summary>
public static class ConnectionTypes
{
    private const string PageInfoSdl = """
        "Information about pagination in a connection."
        type PageInfo {
          "Indicates whether more edges exist following the set defined by the clients arguments."
          hasNextPage: Boolean!
          "Indicates whether more edges exist prior the set defined by the clients arguments."
          hasPreviousPage: Boolean!
          "When paginating backwards, the cursor to continue."
          startCursor: String
          "When paginating forwards, the cursor to continue."
          endCursor: String
        }
        """;

    private static readonly ConditionalWeakTable<SchemaBuilder, object> BuildersWithPageInfo = [];

    /// <summary>
    /// Adds <c>{connectionName}Connection</c> (pageInfo, edges, nodes, totalCount) and <c>{connectionName}Edge</c>
    /// over <paramref name="nodeType"/>, e.g. <c>AddConnectionType("AdministrativePenalties", "AdministrativePenalty")</c>.
    /// The field's resolver returns a <see cref="Connection{T}"/>.
    /// </summary>
    public static SchemaBuilder AddConnectionType(this SchemaBuilder builder, string connectionName, string nodeType)
    {
        if (BuildersWithPageInfo.TryAdd(builder, new object()))
        {
            builder.AddSdl(PageInfoSdl);
        }

        return builder
            .AddSdl($$"""
                "A connection to a list of items."
                type {{connectionName}}Connection {
                  "Information to aid in pagination."
                  pageInfo: PageInfo!
                  "A list of edges."
                  edges: [{{connectionName}}Edge!]
                  "A flattened list of the nodes."
                  nodes: [{{nodeType}}!]
                  "Identifies the total count of items in the connection."
                  totalCount: Int!
                }

                "An edge in a connection."
                type {{connectionName}}Edge {
                  "A cursor for use in pagination."
                  cursor: String!
                  "The item at the end of the edge."
                  node: {{nodeType}}!
                }
                """)
            .BindResolver($"{connectionName}Connection", "totalCount",
                async context => await context.GetParent<IConnection>().GetTotalCountAsync().ConfigureAwait(false));
    }
}
