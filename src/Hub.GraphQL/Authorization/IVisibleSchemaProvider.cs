using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// Chooses what <c>__schema</c> and <c>__type</c> show a caller: a host registers it in the request's services to
/// hide the types and fields a caller may not query. Without one, introspection shows the whole schema.
/// </summary>
public interface IVisibleSchemaProvider
{
    /// <summary>The schema introspection describes for this request (the executed schema or a filtered view of it).</summary>
    Schema GetVisibleSchema(IResolverContext context);
}
