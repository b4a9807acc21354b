using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Execution.Processing;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution;

/// <summary>The compiled selection of the field being resolved (HotChocolate's <c>context.Selection</c>), for looking ahead at what the query asks of the result.</summary>
public static class ResolverContextSelectionExtensions
{
    /// <summary>
    /// The selection being resolved, with its sub-selections after <c>@skip</c>/<c>@include</c> and fragments; null
    /// for a context the executor did not create (a test's).
    /// </summary>
    public static Selection? GetSelection(this IResolverContext context) => (context as ResolverContext)?.Selection;
}
