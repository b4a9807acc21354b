using Hub.GraphQL.Types;

namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// Code-first registration in HotChocolate's annotation style: C# classes become object types, their public
/// properties and methods camelCase fields, method parameters arguments.
/// <code>SchemaBuilder.New().AddQueryType&lt;Query&gt;().AddMutationType&lt;Mutation&gt;().AddType&lt;Dog&gt;().Build()</code>
/// </summary>
public static class CodeFirstSchemaBuilderExtensions
{
    /// <summary>Uses <typeparamref name="T"/> as the <c>Query</c> root type.</summary>
    public static SchemaBuilder AddQueryType<T>(this SchemaBuilder builder)
    {
        builder.CodeFirstTypes().QueryType = typeof(T);
        return builder;
    }

    /// <summary>Uses <typeparamref name="T"/> as the <c>Mutation</c> root type.</summary>
    public static SchemaBuilder AddMutationType<T>(this SchemaBuilder builder)
    {
        builder.CodeFirstTypes().MutationType = typeof(T);
        return builder;
    }

    /// <summary>Uses <typeparamref name="T"/> as the <c>Subscription</c> root type; methods returning <c>IAsyncEnumerable</c> are event streams.</summary>
    public static SchemaBuilder AddSubscriptionType<T>(this SchemaBuilder builder)
    {
        builder.CodeFirstTypes().SubscriptionType = typeof(T);
        return builder;
    }

    /// <summary>Adds a type that no root reaches, typically an implementation of an interface.</summary>
    public static SchemaBuilder AddType<T>(this SchemaBuilder builder) => builder.AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}(SchemaBuilder)"/>
    public static SchemaBuilder AddType(this SchemaBuilder builder, Type type)
    {
        builder.CodeFirstTypes().AdditionalTypes.Add(type);
        return builder;
    }

    /// <summary>
    /// Gives the application's services: resolver parameters whose type they provide (checked with
    /// <c>IServiceProviderIsService</c>) are resolved per request from <c>IResolverContext.Services</c>.
    /// </summary>
    public static SchemaBuilder AddServices(this SchemaBuilder builder, IServiceProvider services)
    {
        builder.CodeFirstTypes().Services = services;
        return builder;
    }

    private static CodeFirstRegistration CodeFirstTypes(this SchemaBuilder builder) => builder.CodeFirst ??= new CodeFirstRegistration();
}
