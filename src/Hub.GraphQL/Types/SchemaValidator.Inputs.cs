using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

public sealed partial class SchemaValidator
{
    private void ValidateUnionMembers(UnionType union)
    {
        var members = union.DeclaredMembers ?? union.Types;
        if (members.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", DefinitionAndExtensions(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                continue;
            }

            if (member is not ObjectType)
            {
                Report(
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    UnionMemberNodes(union, member.Name));
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", DefinitionAndExtensions(enumType));
        }

        foreach (var value in enumType.Values.Values)
        {
            ValidateName(value.Name, value.SyntaxNode);
        }
    }

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", DefinitionAndExtensions(input));
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                Report(
                    $"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.SyntaxNode),
                    field.SyntaxNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.SyntaxNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }

    private static IEnumerable<SyntaxNode> UnionMemberNodes(UnionType union, string typeName) =>
        DefinitionAndExtensions(union)
            .SelectMany(node => node switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            })
            .Where(node => node.Name.Value == typeName);

    /// <summary>graphql-js <c>createInputObjectCircularRefsValidator</c>: a DFS over non-null input object fields.</summary>
    private sealed class InputObjectCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByTypeName[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields.Values)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                _fieldPath.Add(field);
                if (_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    var cycle = _fieldPath.Skip(cycleIndex).ToList();
                    validator.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        cycle.Select(f => (SyntaxNode?)f.SyntaxNode));
                }
                else
                {
                    Detect(fieldType);
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }

            _pathIndexByTypeName.Remove(input.Name);
        }
    }
}
