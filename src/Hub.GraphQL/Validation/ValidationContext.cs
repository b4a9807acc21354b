using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation;

/// <summary>
/// What executable-document rules see (graphql-js <c>ValidationContext</c>): the schema, the shared
/// <see cref="TypeInfo"/> of the walk, and memoized variable usages per operation or fragment.
/// </summary>
public sealed class ValidationContext : DocumentValidationContext
{
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
        : base(document, onError)
    {
        Schema = schema;
        TypeInfo = typeInfo;
    }

    public override Schema Schema { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The variables used inside an operation or fragment (not following spreads), with the type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        var collector = new SyntaxVisitor()
            .EnterWithAction<VariableDefinitionNode>(SyntaxKind.VariableDefinition, _ => VisitorAction.Skip)
            .Enter<VariableNode>(SyntaxKind.Variable, variable =>
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType)));
        SyntaxWalker.Visit(node, new TypeInfoVisitor(typeInfo, collector));
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variable usages of an operation and of every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var fragmentUsages = GetVariableUsages(fragment);
            SpendFragmentWork(fragmentUsages.Count);
            usages.AddRange(fragmentUsages);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
