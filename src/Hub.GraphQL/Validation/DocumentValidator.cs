using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation;

/// <summary>
/// graphql-js's <c>validate</c> and <c>validateSDL</c>: runs all rules in one walk of the document (their visitors
/// in parallel, dispatched per node kind, with one shared <see cref="TypeInfo"/>) and returns the errors in the
/// order they were found.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The message graphql-js adds when <c>maxErrors</c> is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>
    /// Validates an executable document against <paramref name="schema"/> with <paramref name="rules"/> (default:
    /// <see cref="SpecifiedRules.All"/>); <paramref name="hideSuggestions"/> as <see cref="DocumentValidationContext.HideSuggestions"/>.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = 100,
        bool hideSuggestions = false)
    {
        rules ??= SpecifiedRules.All;
        var errors = new ErrorCollector(maxErrors);
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors.Add) { HideSuggestions = hideSuggestions };
        var visitors = new SyntaxVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        errors.Run(() => SyntaxWalker.Visit(document, new TypeInfoVisitor(typeInfo, new ParallelSyntaxVisitor(visitors))));
        return errors.Errors;
    }

    /// <summary>Validates a type-system document (graphql-js <c>validateSDL</c>), optionally as an extension of <paramref name="schemaToExtend"/>.</summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        Schema? schemaToExtend = null,
        IReadOnlyList<ISdlValidationRule>? rules = null)
    {
        rules ??= SpecifiedRules.Sdl;
        var errors = new ErrorCollector(int.MaxValue);
        var context = new SdlValidationContext(document, schemaToExtend, errors.Add);
        var visitors = new SyntaxVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        errors.Run(() => SyntaxWalker.Visit(document, new ParallelSyntaxVisitor(visitors)));
        return errors.Errors;
    }

    /// <summary>graphql-js's <c>assertValidSDL</c>: throws a <see cref="GraphQLException"/> carrying the errors when there are any.</summary>
    public static void AssertValidSdl(DocumentNode document, Schema? schemaToExtend = null)
    {
        var errors = ValidateSdl(document, schemaToExtend);
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }
    }

    private sealed class ErrorCollector(int maxErrors)
    {
        private readonly List<GraphQLError> _errors = [];

        public IReadOnlyList<GraphQLError> Errors => _errors;

        public void Add(GraphQLError error)
        {
            if (_errors.Count >= maxErrors)
            {
                _errors.Add(new GraphQLError(TooManyErrorsMessage));
                throw new LimitReachedException();
            }

            _errors.Add(error);
        }

        public void Run(Action walk)
        {
            try
            {
                walk();
            }
            catch (LimitReachedException)
            {
                // The limit error is already recorded; the walk simply stops, as graphql-js's abort does.
            }
            catch (Exception exception) when (exception is ValidationAbortedException or InsufficientExecutionStackException)
            {
                // A rule recursing through a fragment chain too long for the stack is aborted like one out of budget.
                _errors.Add(new GraphQLError(ValidationAbortedException.AbortedMessage));
            }
        }
    }

    private sealed class LimitReachedException : Exception;
}
