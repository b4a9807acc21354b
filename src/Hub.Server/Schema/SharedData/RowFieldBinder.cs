using System.Linq.Expressions;
using System.Reflection;
using Hub.Data.Model;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Binds the leaf fields of the served types to their rows: each field reads the record's property of the same name
/// (or its computation), splits '|'-separated text into lists, and masks personal fields unless the read discloses
/// them (a minor's name completely: the row's subject is under 18 by its identity number). Fields of object types
/// (links) and fields bound explicitly are left to their own resolvers. A field without a property fails the build. A
/// convention, so it reads the merged SDL the schema is built from.
/// </summary>
public sealed class RowFieldBinder : ISchemaConvention
{
    /// <summary>Binds every leaf field the SDL declares on the types of <see cref="SharedDataTypes.All"/>.</summary>
    public void Apply(SchemaConventionContext context)
    {
        var objectTypes = context.Definitions.OfType<ObjectTypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var type in SharedDataTypes.All)
        {
            var leaves = context.ObjectFields(type.Name)
                .Where(f => !objectTypes.Contains(NamedTypeName(f.Type)) && !context.IsBound(type.Name, f.Name.Value));
            foreach (var field in leaves)
            {
                context.BindResolver(type.Name, field.Name.Value, Resolver(type, field));
            }
        }
    }

    private static GraphQL.Types.Resolvers.PureFieldResolverDelegate Resolver(SharedDataType type, FieldDefinitionNode field)
    {
        var name = field.Name.Value;
        var read = type.Computation(name) ?? PropertyReader(type.RecordType, name);
        if (UnwrapNonNull(field.Type) is ListTypeNode)
        {
            // A list declared non-null is empty when the column is: an absent value must not null the whole row.
            var readText = read;
            var absent = field.Type is NonNullTypeNode ? Array.Empty<string>() : null;
            read = record => (readText(record) as string)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? absent;
        }

        if (type.PersonalKind(name) is { } kind)
        {
            var coordinate = $"{type.Name}.{name}";
            var maskFor = MaskFor(type, name, kind);
            return parent => parent is SharedRow row
                ? row.Disclosure.Show(coordinate, read(row.Record) as string, maskFor(row.Record))
                : null;
        }

        return parent => parent is SharedRow row ? read(row.Record) : null;
    }

    /// <summary>
    /// How a personal field of a given row is masked: a name completely when the row's subject is a minor; free text
    /// with the row's other personal values masked inside it as their own fields show them.
    /// </summary>
    private static Func<object, Func<string, string>> MaskFor(SharedDataType type, string fieldName, PersonalDataKind kind)
    {
        switch (kind)
        {
            case PersonalDataKind.Name when type.SubjectIdNumberField is { } idField:
                var subjectIdNumber = PropertyReader(type.RecordType, idField);
                return record => PersonalDataMasking.IsMinor(subjectIdNumber(record) as string, AgeBands.Today())
                    ? PersonalDataMasking.MinorName
                    : PersonalDataMasking.Name;
            case PersonalDataKind.FreeText:
                var others = type.PersonalFields
                    .Where(p => p.FieldName != fieldName && p.Kind != PersonalDataKind.FreeText)
                    .Select(p => (Read: PropertyReader(type.RecordType, p.FieldName), Mask: MaskFor(type, p.FieldName, p.Kind)))
                    .ToList();
                return record =>
                {
                    var known = others
                        .Select(o => (Value: o.Read(record) as string, o.Mask))
                        .Where(o => !string.IsNullOrWhiteSpace(o.Value))
                        .Select(o => (o.Value!.Trim(), o.Mask(record)(o.Value!)))
                        .ToList();
                    return text => FreeTextRedaction.Redact(text, known);
                };
            default:
                return _ => value => PersonalDataMasking.Mask(kind, value);
        }
    }

    private static Func<object, object?> PropertyReader(Type recordType, string fieldName)
    {
        var property = recordType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"{recordType.Name} has no property for the field \"{fieldName}\".");
        var parameter = Expression.Parameter(typeof(object), "record");
        Expression value = Expression.Property(Expression.Convert(parameter, recordType), property);

        // GraphQL Int: the model's SMALLINT columns are read as int.
        if (property.PropertyType == typeof(short) || property.PropertyType == typeof(short?))
        {
            value = Expression.Convert(value, property.PropertyType == typeof(short) ? typeof(int) : typeof(int?));
        }

        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), parameter).Compile();
    }

    private static TypeNode UnwrapNonNull(TypeNode type) => type is NonNullTypeNode nonNull ? nonNull.Type : type;

    private static string NamedTypeName(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeName(nonNull.Type),
        ListTypeNode list => NamedTypeName(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
