using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Types;

/// <summary>
/// graphql-js <c>validateSchema</c> (<c>type/validate.ts</c>): root types, directives, names, fields, interfaces,
/// unions, enums and input objects, with graphql-js's messages and locations, in its order.
/// </summary>
public sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    /// <summary>Every problem of the schema; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    /// <summary>Throws <see cref="InvalidSchemaException"/> when the schema has problems (graphql-js <c>assertValidSchema</c>).</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new InvalidSchemaException(errors);
        }
    }

    private void Report(string message, params IEnumerable<SyntaxNode?> nodes) =>
        _errors.Add(new GraphQLError(message, nodes.OfType<SyntaxNode>().ToList()));

    private void ValidateRootTypes()
    {
        if (_schema.QueryTypeOrNull is null && !_schema.NonObjectRootTypes.Any(r => r.Operation == OperationType.Query))
        {
            Report("Query root type must be provided.", _schema.SyntaxNode);
        }

        foreach (var (operation, type) in _schema.NonObjectRootTypes.OrderBy(r => r.Operation))
        {
            var message = operation == OperationType.Query
                ? $"Query root type must be Object type, it cannot be {type}."
                : $"{operation} root type must be Object type if provided, it cannot be {type}.";
            Report(message, (SyntaxNode?)OperationTypeNode(operation) ?? type.SyntaxNode);
        }
    }

    private NamedTypeNode? OperationTypeNode(OperationType operation) =>
        (_schema.SyntaxNode?.OperationTypes ?? [])
            .Concat(_schema.ExtensionNodes.SelectMany(e => e.OperationTypes))
            .FirstOrDefault(node => node.Operation == operation)?.Type;

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            foreach (var argument in directive.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.SyntaxNode),
                        argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith(IntrospectionTypes.Prefix, StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycleDetector(this);
        foreach (var type in _schema.Types.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.SyntaxNode);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    /// <summary>graphql-js <c>isRequiredArgument</c>/<c>isRequiredInputField</c>: non-null without a default.</summary>
    private static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    private static DirectiveNode? DeprecatedDirectiveNode(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == DirectiveDefinition.Deprecated.Name);

    private static IEnumerable<SyntaxNode?> DefinitionAndExtensions(NamedType type) =>
        new SyntaxNode?[] { type.SyntaxNode }.Concat(type.ExtensionNodes);
}
