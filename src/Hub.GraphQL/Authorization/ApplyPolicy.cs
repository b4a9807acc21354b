namespace Hub.GraphQL.Authorization;

/// <summary>When an <c>@authorize</c> rule is checked (HotChocolate's <c>ApplyPolicy</c>).</summary>
public enum ApplyPolicy
{
    /// <summary>Before the field's resolver runs; a denied resolver never runs.</summary>
    BeforeResolver,

    /// <summary>After the resolver produced the value, before the value is completed.</summary>
    AfterResolver,

    /// <summary>Once for the whole request, before execution: a denied request gets no data.</summary>
    Validation,
}
