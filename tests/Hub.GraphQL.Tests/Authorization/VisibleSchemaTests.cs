using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary>A host's <see cref="IVisibleSchemaProvider"/> decides what <c>__schema</c> and <c>__type</c> describe.</summary>
public sealed class VisibleSchemaTests
{
    private static readonly Schema Served = SchemaBuilder.FromSdl("type Query { open: String secret: Secret } type Secret { code: String }");
    private static readonly Schema PublicView = SchemaBuilder.FromSdl("type Query { open: String }");

    [Fact]
    public async Task Introspection_describes_the_providers_view_while_execution_uses_the_served_schema()
    {
        var services = new ServiceCollection().AddSingleton<IVisibleSchemaProvider>(new FixedView(PublicView)).BuildServiceProvider();

        var json = await RunAsync("""{ __schema { queryType { fields { name } } } __type(name: "Secret") { name } open }""", services);

        Assert.Equal("""{"data":{"__schema":{"queryType":{"fields":[{"name":"open"}]}},"__type":null,"open":"o"}}""", json);
    }

    [Fact]
    public async Task Without_a_provider_introspection_describes_the_served_schema()
    {
        var json = await RunAsync("""{ __type(name: "Secret") { name } }""", services: null);

        Assert.Equal("""{"data":{"__type":{"name":"Secret"}}}""", json);
    }

    private static async Task<string> RunAsync(string query, IServiceProvider? services)
    {
        var result = await Served.MakeExecutable().ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Services = services,
            RootValue = new Dictionary<string, object?> { ["open"] = "o" },
        });
        return ResultJsonWriter.ToJson(Assert.IsType<ExecutionResult>(result));
    }

    private sealed class FixedView(Schema view) : IVisibleSchemaProvider
    {
        public Schema GetVisibleSchema(IResolverContext context) => view;
    }
}
