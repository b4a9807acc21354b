using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>
/// The schema side of <see cref="SortingFieldExtensions.UseSorting{T}"/>: each sorted field gets
/// <c>order: [{Node}SortInput!]</c>, declared beside the field with one <c>SortEnumType</c> field per sortable leaf;
/// <c>enum SortEnumType { ASC DESC }</c> is declared once.
/// </summary>
public sealed class SortingConvention : ISchemaConvention
{
    private readonly List<(string Type, string Field, SortedField Sorted)> _fields = [];

    internal void Add(string typeName, string fieldName, SortedField sorted) => _fields.Add((typeName, fieldName, sorted));

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        var declared = new Dictionary<string, SortInputType>(StringComparer.Ordinal);
        var needsEnum = !context.HasType("SortEnumType");
        foreach (var (typeName, fieldName, sorted) in _fields)
        {
            var rows = RowFields.Resolve(context, typeName, fieldName, sorted.Fields, sorted.Fields.IsExplicit);
            var inputName = rows.NodeType + "SortInput";
            var stableKey = sorted.Fields.StableKey is { } key ? RowFields.Rebind(key, rows.Row) : null;
            var type = new SortInputType(inputName, rows.Row, rows.Fields.ToDictionary(f => f.Name, f => f.Member, StringComparer.Ordinal), stableKey);
            sorted.Type = type;

            var sdl = new List<string>();
            if (needsEnum)
            {
                sdl.Add("enum SortEnumType {\n  ASC\n  DESC\n}");
                needsEnum = false;
            }

            if (declared.TryGetValue(inputName, out var earlier))
            {
                if (!earlier.Fields.Keys.SequenceEqual(type.Fields.Keys))
                {
                    throw new InvalidOperationException($"{inputName} is generated twice with different fields (\"{typeName}.{fieldName}\"); sort the type's lists by the same fields.");
                }
            }
            else if (!context.HasType(inputName))
            {
                declared[inputName] = type;
                sdl.Add($"input {inputName} {{\n{string.Join("\n", type.Fields.Keys.Select(f => $"  {f}: SortEnumType"))}\n}}");
            }

            if (sdl.Count > 0)
            {
                context.AddDefinitionsBesideField(typeName, fieldName, Parser.Parse(string.Join("\n\n", sdl)).Definitions);
            }

            DataArgument.Append(context, typeName, fieldName, "order", new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode(inputName)))));
        }
    }
}
