using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types;

public sealed partial class SchemaValidator
{
    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", DefinitionAndExtensions(type));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }

            foreach (var argument in field.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.SyntaxNode?.Type);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.SyntaxNode),
                        argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private void ValidateInterfaces(ComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces ?? type.Interfaces)
        {
            if (declared is not InterfaceType @interface)
            {
                Report(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.",
                    ImplementsNodes(type, declared));
                continue;
            }

            if (ReferenceEquals(type, @interface))
            {
                Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, @interface));
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                Report($"Type {type.Name} can only implement {@interface.Name} once.", ImplementsNodes(type, @interface));
                continue;
            }

            ValidateImplementsAncestors(type, @interface);
            ValidateImplementsInterface(type, @interface);
        }
    }

    private void ValidateImplementsInterface(ComplexOutputType type, InterfaceType @interface)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report(
                    $"Interface field {@interface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    new SyntaxNode?[] { interfaceField.SyntaxNode }.Concat(DefinitionAndExtensions(type)));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {@interface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.SyntaxNode?.Type,
                    typeField.SyntaxNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments.Values)
            {
                var argumentName = interfaceArgument.Name;
                var typeArgument = typeField.GetArgument(argumentName);
                if (typeArgument is null)
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.SyntaxNode?.Type,
                        typeArgument.SyntaxNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments.Values)
            {
                if (interfaceField.GetArgument(typeArgument.Name) is null && IsRequired(typeArgument))
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {@interface.Name}.{fieldName}.",
                        typeArgument.SyntaxNode,
                        interfaceField.SyntaxNode);
                }
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType @interface)
    {
        foreach (var transitive in @interface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    ImplementsNodes(@interface, transitive).Concat(ImplementsNodes(type, @interface)));
            }
        }
    }

    /// <summary>The <c>implements</c> references to <paramref name="target"/> in a type's definition and extensions.</summary>
    private static IEnumerable<SyntaxNode> ImplementsNodes(NamedType type, NamedType target) =>
        DefinitionAndExtensions(type)
            .SelectMany(node => node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => [],
            })
            .Where(node => node.Name.Value == target.Name);
}
