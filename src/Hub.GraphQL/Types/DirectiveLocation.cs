namespace Hub.GraphQL.Types;

/// <summary>Where a directive may appear; printed as graphql-js prints them (<c>FIELD_DEFINITION</c>).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>On a directive definition (graphql-js 16.15 allows <c>@deprecated</c> there).</summary>
    DirectiveDefinition,
}
