using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation;

/// <summary>A rule for type-system documents (graphql-js <c>SDLValidationRule</c>).</summary>
public interface ISdlValidationRule
{
    /// <summary>graphql-js's name for the rule, e.g. <c>UniqueTypeNamesRule</c>.</summary>
    string Name { get; }

    SyntaxVisitor CreateVisitor(SdlValidationContext context);
}
