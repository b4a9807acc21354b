using Hub.GraphQL.Types;

namespace Hub.GraphQL.CodeFirst;

/// <summary>The CLR types a <see cref="SchemaBuilder"/> was given code-first, turned into a schema when it builds.</summary>
internal sealed class CodeFirstRegistration
{
    public Type? QueryType { get; set; }

    public Type? MutationType { get; set; }

    public Type? SubscriptionType { get; set; }

    /// <summary>Types added with <c>AddType</c>: implementations of interfaces and other types not reachable from a root.</summary>
    public List<Type> AdditionalTypes { get; } = [];

    /// <summary>The application's services: parameters of registered service types are injected, not arguments.</summary>
    public IServiceProvider? Services { get; set; }

    public Schema CreateSchema() => new ClrSchemaFactory(this).Create();
}
