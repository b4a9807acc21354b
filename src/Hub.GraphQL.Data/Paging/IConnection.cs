namespace Hub.GraphQL.Data.Paging;

/// <summary>What the <c>totalCount</c> resolver needs of any connection.</summary>
public interface IConnection
{
    /// <summary>The number of items in the whole connection (all pages).</summary>
    Task<int> GetTotalCountAsync();
}
