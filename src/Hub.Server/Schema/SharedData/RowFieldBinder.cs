using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Binds the leaf fields of the served types to their rows: each field reads the record's property of the same name
/// (or its computation), splits '|'-separated text into lists, and masks personal fields unless the read discloses
/// them (<see cref="RowMasking"/>). Fields of object types
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
                if (type.CaseId is not null && type.PersonalKind(field.Name.Value) == PersonalDataKind.FreeText)
                {
                    context.BindResolver(type.Name, field.Name.Value, CaseTextResolver(type, field.Name.Value));
                }
                else
                {
                    context.BindResolver(type.Name, field.Name.Value, Resolver(type, field));
                }
            }
        }
    }

    private static GraphQL.Types.Resolvers.PureFieldResolverDelegate Resolver(SharedDataType type, FieldDefinitionNode field)
    {
        var name = field.Name.Value;
        var read = type.Computation(name) ?? RowMasking.PropertyReader(type.RecordType, name);
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
            var maskFor = RowMasking.MaskFor(type, name, kind);
            return parent => parent is SharedRow row
                ? row.Disclosure.Show(coordinate, read(row.Record) as string, maskFor(row.Record))
                : null;
        }

        return parent => parent is SharedRow row ? read(row.Record) : null;
    }

    /// <summary>
    /// Free text about a case: masked like any free text, and the names of the case's parties too, which are loaded in
    /// one query per batch of rows (<see cref="CasePartyNamesDataLoader"/>) and only when the read does not disclose it.
    /// </summary>
    private static GraphQL.Types.Resolvers.FieldResolverDelegate CaseTextResolver(SharedDataType type, string name)
    {
        var read = RowMasking.PropertyReader(type.RecordType, name);
        var known = RowMasking.KnownValues(type, name);
        var caseId = type.CaseId!;
        var coordinate = $"{type.Name}.{name}";
        return async context =>
        {
            if (context.GetParent<object?>() is not SharedRow row)
            {
                return null;
            }

            if (read(row.Record) is not string text || row.Disclosure.Reveals(coordinate))
            {
                return read(row.Record);
            }

            var parties = caseId(row.Record) is { } id
                ? await context.DataLoader(nameof(CasePartyNamesDataLoader), request => new CasePartyNamesDataLoader(request.Services))
                    .LoadAsync(id, context.RequestAborted)
                : [];
            return FreeTextRedaction.Redact(text, [.. known(row.Record), .. parties]);
        };
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
