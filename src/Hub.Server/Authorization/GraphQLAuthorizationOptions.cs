namespace Hub.Server.Authorization;

/// <summary>The <c>Hub:GraphQL:Authorization</c> settings.</summary>
public sealed class GraphQLAuthorizationOptions
{
    public const string SectionName = "Hub:GraphQL:Authorization";

    /// <summary>Introspection shows a caller only the types and fields its scopes let it query (default true).</summary>
    public bool FilterIntrospection { get; set; } = true;
}
