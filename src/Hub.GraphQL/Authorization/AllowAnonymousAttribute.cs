namespace Hub.GraphQL.Authorization;

/// <summary>Code-first <c>@allowAnonymous</c>: the field is exempt from the <c>@authorize</c> rules of its declaring type.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class AllowAnonymousAttribute : Attribute
{
}
