using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Optional rule (not in <see cref="SpecifiedRules.All"/>): reports every use of a deprecated field, argument, input field or enum value.</summary>
public sealed class NoDeprecatedCustomRule : IValidationRule
{
    public static readonly NoDeprecatedCustomRule Instance = new();

    public string Name => nameof(NoDeprecatedCustomRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var typeInfo = context.TypeInfo;
        return new SyntaxVisitor()
            .Enter<FieldNode>(SyntaxKind.Field, field =>
            {
                if (typeInfo.FieldDef is { DeprecationReason: { } reason } definition && typeInfo.ParentType is NamedType parent)
                {
                    context.ReportError(new GraphQLError($"The field {parent.Name}.{definition.Name} is deprecated. {reason}", [field]));
                }
            })
            .Enter<ArgumentNode>(SyntaxKind.Argument, argument =>
            {
                if (typeInfo.Argument is not { DeprecationReason: { } reason } definition)
                {
                    return;
                }

                if (typeInfo.Directive is { } directive)
                {
                    context.ReportError(new GraphQLError(
                        $"Directive \"@{directive.Name}\" argument \"{definition.Name}\" is deprecated. {reason}", [argument]));
                }
                else if (typeInfo.ParentType is NamedType parent && typeInfo.FieldDef is { } field)
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{parent.Name}.{field.Name}\" argument \"{definition.Name}\" is deprecated. {reason}", [argument]));
                }
            })
            .Enter<ObjectFieldNode>(SyntaxKind.ObjectField, field =>
            {
                if (typeInfo.ParentInputType?.NamedType() is InputObjectType inputType
                    && inputType.Fields.GetValueOrDefault(field.Name.Value) is { DeprecationReason: { } reason } definition)
                {
                    context.ReportError(new GraphQLError(
                        $"The input field {inputType.Name}.{definition.Name} is deprecated. {reason}", [field]));
                }
            })
            .Enter<EnumValueNode>(SyntaxKind.EnumValue, value =>
            {
                if (typeInfo.EnumValue is { DeprecationReason: { } reason } definition && typeInfo.InputType?.NamedType() is { } enumType)
                {
                    context.ReportError(new GraphQLError(
                        $"The enum value \"{enumType.Name}.{definition.Name}\" is deprecated. {reason}", [value]));
                }
            });
    }
}
