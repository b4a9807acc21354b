using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation;

/// <summary>
/// graphql-js's <c>TypeInfo</c>: while a document is walked, tracks the type, parent type, field, directive,
/// argument, input type and enum value at the current node. Call <see cref="Enter"/> and <see cref="Leave"/> for
/// every node (see <see cref="TypeInfoVisitor"/>).
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<IGraphQLType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IGraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set is being walked.</summary>
    public IGraphQLType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The expected type of the current argument, variable definition, list item or input field.</summary>
    public IGraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type one level up (e.g. the input object or list around the current value).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>Whether the argument or input field at the current position declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case SyntaxKind.Field:
                var fieldDef = ParentType is NamedType parent ? FieldDefinitions.Find(_schema, parent, ((FieldNode)node).Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            case SyntaxKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                EnterFragment(((InlineFragmentNode)node).TypeCondition);
                break;
            case SyntaxKind.FragmentDefinition:
                EnterFragment(((FragmentDefinitionNode)node).TypeCondition);
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = TypeFromAst.Resolve(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case SyntaxKind.ObjectField:
                var inputField = InputType?.NamedType() is InputObjectType inputObject
                    ? inputObject.Fields.GetValueOrDefault(((ObjectFieldNode)node).Name.Value)
                    : null;
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.GetValue(((EnumValueNode)node).Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);
                break;
            case SyntaxKind.Field:
                _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case SyntaxKind.VariableDefinition:
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is not null ? TypeFromAst.Resolve(_schema, typeCondition) : Type?.NamedType();
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private void EnterArgument(ArgumentNode node)
    {
        var arguments = Directive is not null ? Directive.Arguments : FieldDef?.Arguments;
        var argument = arguments?.GetValueOrDefault(node.Name.Value);
        Argument = argument;
        _defaultValueStack.Add(argument?.HasDefaultValue ?? false);
        _inputTypeStack.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
    }
}
