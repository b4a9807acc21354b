using Hub.Testing;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>Runs a script of the graphql-js oracle folder (<c>tests/js/graphql-js</c>, graphql@16.15.0) and returns its output.</summary>
public static class GraphQLJs
{
    /// <summary>Runs <paramref name="script"/>; a non-zero exit fails with the script's standard error.</summary>
    public static string Run(string script, params string[] arguments) =>
        NodeScript.RunAsync("graphql-js", script, arguments, TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
}
