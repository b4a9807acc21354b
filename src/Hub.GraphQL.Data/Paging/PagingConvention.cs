using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Paging;

/// <summary>
/// The schema side of <see cref="PagingFieldExtensions.UsePaging{T}"/>: each paged field, declared in SDL as a list
/// of its nodes, gets HotChocolate's paging arguments and returns <c>{Field}Connection</c>; the connection and
/// <c>{Field}Edge</c> types (named after the field, HotChocolate's <c>InferConnectionNameFromField</c>) and
/// <c>PageInfo</c> (once, unless the SDL has it) are declared beside the field, in the order the fields were paged.
/// </summary>
public sealed class PagingConvention : ISchemaConvention
{
    private const string PagingArgumentsSdl = """
        "Returns the first _n_ elements from the list."
        first: Int
        "Returns the elements in the list that come after the specified cursor."
        after: String
        "Returns the last _n_ elements from the list."
        last: Int
        "Returns the elements in the list that come before the specified cursor."
        before: String
        """;

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

    private static readonly IReadOnlyList<InputValueDefinitionNode> PagingArguments =
        Parser.Parse($"type Arguments {{ field({PagingArgumentsSdl}): Int }}").Definitions.OfType<ObjectTypeDefinitionNode>().Single().Fields[0].Arguments;

    private static readonly HashSet<string> DataArguments = ["where", "order"];

    private readonly List<(string Type, string Field, PagingOptions Options)> _fields = [];

    /// <summary>Registers a paged field (called by <c>UsePaging</c>).</summary>
    public void Add(string typeName, string fieldName, PagingOptions options) => _fields.Add((typeName, fieldName, options));

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        var needsPageInfo = !context.HasType("PageInfo");
        foreach (var (typeName, fieldName, options) in _fields)
        {
            var field = context.GetField(typeName, fieldName);
            var nodeType = NodeType(field.Type)
                ?? throw new InvalidOperationException(
                    $"\"{typeName}.{fieldName}\" is paged, so its SDL type must be a list of its nodes (e.g. [{Printer.Print(field.Type)}]); it is {Printer.Print(field.Type)}.");
            var connection = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];

            // Filtering and sorting run first (they read the node type of the list), yet print after paging, as in HotChocolate.
            var own = field.Arguments.Where(a => !DataArguments.Contains(a.Name.Value)).ToList();
            var data = field.Arguments.Where(a => DataArguments.Contains(a.Name.Value)).ToList();
            context.ReplaceField(typeName, fieldName, new FieldDefinitionNode(
                field.Description,
                field.Name,
                options.ArgumentPosition == PagingArgumentPosition.BeforeFieldArguments
                    ? [.. PagingArguments, .. own, .. data]
                    : [.. own, .. PagingArguments, .. data],
                new NamedTypeNode(new NameNode(connection + "Connection")),
                field.Directives,
                field.Location));

            var sdl = ConnectionSdl(connection, Printer.Print(nodeType), options.IncludeTotalCount);
            context.AddDefinitionsBesideField(typeName, fieldName, Parser.Parse(needsPageInfo ? PageInfoSdl + "\n\n" + sdl : sdl).Definitions);
            needsPageInfo = false;
            if (options.IncludeTotalCount)
            {
                context.BindResolver(connection + "Connection", "totalCount",
                    async resolver => await resolver.GetParent<IConnection>().GetTotalCountAsync());
            }
        }
    }

    /// <summary>The node type of a field declared as <c>[Node!]</c> or <c>[Node]</c>, without the list; null for anything else.</summary>
    private static TypeNode? NodeType(TypeNode type) => type switch
    {
        ListTypeNode list => list.Type,
        NonNullTypeNode { Type: ListTypeNode list } => list.Type,
        _ => null,
    };

    private static string ConnectionSdl(string connection, string nodeType, bool includeTotalCount)
    {
        var node = nodeType.TrimEnd('!');
        var totalCount = includeTotalCount
            ? "\n  \"Identifies the total count of items in the connection.\"\n  totalCount: Int!"
            : string.Empty;
        return $$"""
            "A connection to a list of items."
            type {{connection}}Connection {
              "Information to aid in pagination."
              pageInfo: PageInfo!
              "A list of edges."
              edges: [{{connection}}Edge!]
              "A flattened list of the nodes."
              nodes: [{{node}}!]{{totalCount}}
            }

            "An edge in a connection."
            type {{connection}}Edge {
              "A cursor for use in pagination."
              cursor: String!
              "The item at the end of the edge."
              node: {{node}}!
            }
            """;
    }
}
