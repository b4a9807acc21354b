namespace Hub.GraphQL.AspNetCore.Ide;

/// <summary>How the Banana Cake Pop IDE is served (HotChocolate's <c>GraphQLToolOptions</c>, offline only).</summary>
public sealed class BananaCakePopOptions
{
    /// <summary>Serve the IDE to browsers that open the GraphQL endpoint.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The page title.</summary>
    public string Title { get; set; } = "Banana Cake Pop";

    /// <summary>The GraphQL endpoint the IDE talks to; null means the page's own URL.</summary>
    public string? GraphQLEndpoint { get; set; }

    /// <summary>Folder holding the IDE's static files (the build copies them to <c>bcp/</c> beside the app).</summary>
    public string FilesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "bcp");
}
