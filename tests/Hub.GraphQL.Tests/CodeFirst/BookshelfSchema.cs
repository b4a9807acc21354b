using Hub.GraphQL.CodeFirst;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.CodeFirst;

/// <summary>The schema built code-first from the bookshelf model, shared by the code-first tests.</summary>
internal static class BookshelfSchema
{
    public static Schema Instance { get; } = SchemaBuilder.New()
        .AddQueryType<BookshelfQuery>()
        .AddMutationType<BookshelfMutation>()
        .AddSubscriptionType<BookshelfSubscription>()
        .AddType<Dog>()
        .AddType<Cat>()
        .Build();
}
