namespace Hub.GraphQL.Data.Paging;

/// <summary>Where <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> go among a paged field's own SDL arguments (the printed order is part of the schema).</summary>
public enum PagingArgumentPosition
{
    /// <summary>After the field's own arguments.</summary>
    AfterFieldArguments,

    /// <summary>Before the field's own arguments.</summary>
    BeforeFieldArguments,
}
