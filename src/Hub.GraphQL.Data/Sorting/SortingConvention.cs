using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>
/// The schema side of <see cref="SortingFieldExtensions.UseSorting{T}"/>: each sorted field gets
/// <c>order: [{Node}SortInput!]</c>, declared beside the field with one <c>SortEnumType</c> field per sortable leaf and
/// the nested type's <c>{Type}SortInput</c> per navigation (lists are not sortable); <c>enum SortEnumType { ASC DESC }</c>
/// is declared once.
/// </summary>
public sealed class SortingConvention : ISchemaConvention
{
    private readonly List<(string Type, string Field, SortedField Sorted)> _fields = [];
    private readonly Dictionary<string, SortInputType> _declared = new(StringComparer.Ordinal);

    internal void Add(string typeName, string fieldName, SortedField sorted) => _fields.Add((typeName, fieldName, sorted));

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        var needsEnum = !context.HasType("SortEnumType");
        var declaredInputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (typeName, fieldName, sorted) in _fields)
        {
            var sdl = new List<string>();
            if (needsEnum)
            {
                sdl.Add("enum SortEnumType {\n  ASC\n  DESC\n}");
                needsEnum = false;
            }

            var nodeType = RowFields.NodeTypeOf(context, typeName, fieldName);
            var inputName = nodeType + "SortInput";
            var earlier = _declared.GetValueOrDefault(inputName);
            _declared.Remove(inputName);
            var type = Declare(context, nodeType, sorted.Fields, sdl, declaredInputs);
            RowFields.RequireSameFields(inputName, earlier?.Fields.Keys, type.Fields.Keys, $"{typeName}.{fieldName}", "sort the type's lists by the same fields");

            sorted.Type = type with { StableKey = sorted.Fields.StableKey is { } key ? RowFields.Rebind(key, type.Row) : null };
            if (sdl.Count > 0)
            {
                context.AddDefinitionsBesideField(typeName, fieldName, Parser.Parse(string.Join("\n\n", sdl)).Definitions);
            }

            DataArgument.Append(context, typeName, fieldName, "order", new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode(inputName)))));
        }
    }

    /// <summary>The sort input of <paramref name="nodeType"/> and those of its navigations, their SDL added once each.</summary>
    private SortInputType Declare(SchemaConventionContext context, string nodeType, QueryableFields fields, List<string> sdl, HashSet<string> declaredInputs)
    {
        var inputName = nodeType + "SortInput";
        if (_declared.TryGetValue(inputName, out var known))
        {
            return known;
        }

        var rows = RowFields.Resolve(context, nodeType, fields, lists: false);
        var sortFields = new Dictionary<string, SortField>(StringComparer.Ordinal);
        var type = new SortInputType(inputName, rows.Row, sortFields, null);
        _declared[inputName] = type;
        var entityAt = sdl.Count;
        foreach (var field in rows.Fields)
        {
            sortFields[field.Name] = new SortField(field.Member, field.Shape == RowFieldShape.Object
                ? Declare(context, field.GraphQLType, QueryableFields.Implicit(field.ElementType), sdl, declaredInputs)
                : null);
        }

        if (!context.HasType(inputName) && declaredInputs.Add(inputName))
        {
            var lines = sortFields.Select(f => $"  {f.Key}: {f.Value.Nested?.Name ?? "SortEnumType"}");
            sdl.Insert(entityAt, $"input {inputName} {{\n{string.Join("\n", lines)}\n}}");
        }

        return type;
    }
}
