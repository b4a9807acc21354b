using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Execution.Pipeline;

/// <summary>
/// graphql-js <c>getVariableValues</c>: coerces the request's variables against the operation's definitions with
/// graphql-js's messages, stopping after <c>maxErrors</c> errors.
/// </summary>
public static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>The coerced values, or the errors (never both).</summary>
    public static (IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError>? Errors) Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50,
        bool hideSuggestions = false)
    {
        if (definitions.Count == 0)
        {
            return (NoVariables, null);
        }

        inputs ??= NoVariables;
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, coerced, hideSuggestions, error => AddError(errors, error, maxErrors));
            }
        }
        catch (TooManyErrors limit)
        {
            errors.Add(limit.Error);
        }

        return errors.Count == 0 ? (coerced, null) : (null, errors);
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced,
        bool hideSuggestions,
        Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Resolve(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            onError(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue);
                coerced[name] = defaultValue;
            }
            else if (type is NonNullType)
            {
                onError(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            onError(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }

        coerced[name] = InputValueCoercion.Coerce(value, type, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputValueCoercion.PrintPath(path)}\"";
            }

            onError(new GraphQLError(prefix + "; " + error.Message, [definition], originalError: new GraphQLException(error), extensions: error.Extensions));
        }, hideSuggestions);
    }

    private static void AddError(List<GraphQLError> errors, GraphQLError error, int maxErrors)
    {
        if (errors.Count >= maxErrors)
        {
            throw new TooManyErrors(new GraphQLError(
                "Too many errors processing variables, error limit reached. Execution aborted."));
        }

        errors.Add(error);
    }

    private sealed class TooManyErrors(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}
