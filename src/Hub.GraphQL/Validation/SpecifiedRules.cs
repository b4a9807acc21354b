using Hub.GraphQL.Validation.Rules;

namespace Hub.GraphQL.Validation;

/// <summary>graphql-js's <c>specifiedRules</c> and <c>specifiedSDLRules</c>, in graphql-js's order, plus lookup by name.</summary>
public static class SpecifiedRules
{
    /// <summary>The rules of the spec's Validation section, run on every executable document.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Instance,
        UniqueOperationNamesRule.Instance,
        LoneAnonymousOperationRule.Instance,
        SingleFieldSubscriptionsRule.Instance,
        KnownTypeNamesRule.Instance,
        FragmentsOnCompositeTypesRule.Instance,
        VariablesAreInputTypesRule.Instance,
        ScalarLeafsRule.Instance,
        FieldsOnCorrectTypeRule.Instance,
        UniqueFragmentNamesRule.Instance,
        KnownFragmentNamesRule.Instance,
        NoUnusedFragmentsRule.Instance,
        PossibleFragmentSpreadsRule.Instance,
        NoFragmentCyclesRule.Instance,
        UniqueVariableNamesRule.Instance,
        NoUndefinedVariablesRule.Instance,
        NoUnusedVariablesRule.Instance,
        KnownDirectivesRule.Instance,
        UniqueDirectivesPerLocationRule.Instance,
        KnownArgumentNamesRule.Instance,
        UniqueArgumentNamesRule.Instance,
        ValuesOfCorrectTypeRule.Instance,
        ProvidedRequiredArgumentsRule.Instance,
        VariablesInAllowedPositionRule.Instance,
        OverlappingFieldsCanBeMergedRule.Instance,
        UniqueInputFieldNamesRule.Instance,
        MaxIntrospectionDepthRule.Instance,
    ];

    /// <summary>The rules run on type-system documents before a schema is built from them.</summary>
    public static IReadOnlyList<ISdlValidationRule> Sdl { get; } =
    [
        LoneSchemaDefinitionRule.Instance,
        UniqueOperationTypesRule.Instance,
        UniqueTypeNamesRule.Instance,
        UniqueEnumValueNamesRule.Instance,
        UniqueFieldDefinitionNamesRule.Instance,
        UniqueArgumentDefinitionNamesRule.Instance,
        UniqueDirectiveNamesRule.Instance,
        KnownTypeNamesRule.Instance,
        KnownDirectivesRule.Instance,
        UniqueDirectivesPerLocationRule.Instance,
        PossibleTypeExtensionsRule.Instance,
        KnownArgumentNamesOnDirectivesRule.Instance,
        UniqueArgumentNamesRule.Instance,
        UniqueInputFieldNamesRule.Instance,
        ProvidedRequiredArgumentsOnDirectivesRule.Instance,
    ];

    // Optional graphql-js rules that are not part of the specified set but can be asked for by name.
    private static readonly IValidationRule[] Optional =
    [
        NoDeprecatedCustomRule.Instance,
        NoSchemaIntrospectionCustomRule.Instance,
        KnownArgumentNamesOnDirectivesRule.Instance,
        ProvidedRequiredArgumentsOnDirectivesRule.Instance,
    ];

    /// <summary>The executable-document rule graphql-js calls <paramref name="name"/> (specified or optional), or null.</summary>
    public static IValidationRule? ByName(string name)
        => All.Concat(Optional).FirstOrDefault(rule => rule.Name == name);

    /// <summary>The SDL rule graphql-js calls <paramref name="name"/>, or null.</summary>
    public static ISdlValidationRule? SdlByName(string name) => Sdl.FirstOrDefault(rule => rule.Name == name);
}
