namespace Hub.GraphQL.AspNetCore.Ide;

/// <summary>What the server says when the IDE's files were not fetched at build time.</summary>
public static class BananaCakePopNotice
{
    /// <summary>Tells how to add the IDE.</summary>
    public const string NotInstalled =
        "Banana Cake Pop is not installed: the build could not fetch it from npm. Run `npm ci` in " +
        "src/Hub.GraphQL.AspNetCore/BananaCakePop and rebuild; the GraphQL endpoint works without it (POST /graphql).";
}
