using System.Reflection;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.CodeFirst;

/// <summary>Enum types from C# enums, input object types from classes and records used as arguments.</summary>
internal sealed partial class ClrSchemaFactory
{
    private EnumType EnumTypeFor(Type enumType)
    {
        if (_outputTypes.TryGetValue(enumType, out var existing))
        {
            return (EnumType)existing;
        }

        var values = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => !f.IsDefined(typeof(GraphQLIgnoreAttribute), false))
            .Select(f => new EnumValue(GraphQLNaming.EnumValueName(f), f.GetValue(null))
            {
                Description = GraphQLNaming.Description(f),
                DeprecationReason = GraphQLNaming.DeprecationReason(f),
            });
        var type = new EnumType(GraphQLNaming.TypeName(enumType, isInput: false), values)
        {
            Description = GraphQLNaming.Description(enumType),
        };

        // Enums are both input and output types: one instance serves both.
        _outputTypes[enumType] = type;
        _inputTypes[enumType] = type;
        return type;
    }

    private NamedType InputNamedType(Type clrType)
    {
        if (_scalars.For(clrType) is { } scalar)
        {
            return scalar;
        }

        if (clrType.IsEnum)
        {
            return EnumTypeFor(clrType);
        }

        if (_inputTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var type = new InputObjectType(GraphQLNaming.TypeName(clrType, isInput: true), () => InputFields(clrType))
        {
            Description = GraphQLNaming.Description(clrType),
        };
        _inputTypes[clrType] = type;
        return type;
    }

    private IEnumerable<InputField> InputFields(Type clrType)
    {
        foreach (var property in InputObjectShape.Of(clrType).Properties)
        {
            var type = TypeOf(property.PropertyType, _nullability.Create(property), property, isInput: true);
            yield return new InputField(GraphQLNaming.FieldName(property), type)
            {
                Description = GraphQLNaming.Description(property),
                DeprecationReason = GraphQLNaming.DeprecationReason(property),
            };
        }
    }
}
