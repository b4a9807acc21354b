using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// The <see cref="ApplyPolicy.Validation"/> rules: before execution, every field the operation can select (fragments
/// expanded, <c>@skip</c>/<c>@include</c> ignored, every possible type of an abstract selection) is collected, and
/// the handler decides their rules at once. A denial ends the request with the error and no data.
/// </summary>
internal sealed class RequestAuthorization(FieldAuthorizations authorizations, IAuthorizationHandler handler)
{
    public async ValueTask<GraphQLError?> CheckAsync(AuthorizationContext context)
    {
        var found = new List<(AuthorizeDirective Rule, FieldNode Node)>();
        Collect(context.Document, context.Operation.SelectionSet, context.Schema.GetRootType(context.Operation.Operation), found, []);
        if (found.Count == 0)
        {
            return null;
        }

        var rules = found.Select(f => f.Rule).Distinct().ToList();
        var result = await handler.AuthorizeAsync(context, rules).ConfigureAwait(false);
        var error = AuthorizationErrors.For(result, rules[0]);
        return error is null ? null : new GraphQLError(error.Message, found.Select(f => f.Node).Distinct(), extensions: error.Extensions);
    }

    private void Collect(
        DocumentNode document, SelectionSetNode selectionSet, NamedType? parent, List<(AuthorizeDirective, FieldNode)> found, HashSet<string> visited)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (parent is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    CollectField(document, field, parent, found, visited);
                    break;
                case InlineFragmentNode inline:
                    Collect(document, inline.SelectionSet, inline.TypeCondition is { } condition ? authorizations.Schema.GetType(condition.Name.Value) : parent, found, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    var fragment = document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name.Value == spread.Name.Value);
                    if (fragment is not null)
                    {
                        Collect(document, fragment.SelectionSet, authorizations.Schema.GetType(fragment.TypeCondition.Name.Value), found, visited);
                    }

                    break;
            }
        }
    }

    private void CollectField(
        DocumentNode document, FieldNode node, NamedType parent, List<(AuthorizeDirective, FieldNode)> found, HashSet<string> visited)
    {
        var objectTypes = parent is ObjectType objectType ? [objectType] : authorizations.Schema.GetPossibleTypes(parent);
        NamedType? returned = null;
        foreach (var type in objectTypes)
        {
            if (!type.Fields.TryGetValue(node.Name.Value, out var field))
            {
                continue;
            }

            returned ??= field.Type.NamedType();
            found.AddRange(authorizations.For(field).Where(r => r.Apply == ApplyPolicy.Validation).Select(r => (r, node)));
        }

        if (node.SelectionSet is not null)
        {
            Collect(document, node.SelectionSet, returned, found, visited);
        }
    }
}
