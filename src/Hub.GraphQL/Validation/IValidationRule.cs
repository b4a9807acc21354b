using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation;

/// <summary>A rule for executable documents: creates, per validation, a visitor that reports errors to the context.</summary>
public interface IValidationRule
{
    /// <summary>graphql-js's name for the rule, e.g. <c>KnownTypeNamesRule</c>.</summary>
    string Name { get; }

    SyntaxVisitor CreateVisitor(ValidationContext context);
}
