using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types;
using Hub.Identity.Policies;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Authorization;

/// <summary>
/// The schema the hub serves with its authorization: the <c>@authorize</c> rules its SDL declares plus the scope
/// catalogue's generated rules. Built once at start-up, where an invalid catalogue stops the host.
/// </summary>
public sealed class ServedSchema
{
    public ServedSchema(GraphQLSchema schema, PolicySet policies, string scopesFile)
    {
        Schema = schema;
        Declared = FieldAuthorizations.FromSchema(schema);
        Catalogue = ScopeCatalogue.Create(policies.Scopes, schema, scopesFile);
        Rules = Catalogue.ApplyTo(Declared);
    }

    public GraphQLSchema Schema { get; }

    /// <summary>The rules the schema itself declares (SDL <c>@authorize</c>, code-first attributes).</summary>
    public FieldAuthorizations Declared { get; }

    public ScopeCatalogue Catalogue { get; }

    /// <summary>Everything the executor enforces: <see cref="Declared"/> plus the catalogue's scope policies.</summary>
    public FieldAuthorizations Rules { get; }
}
