using System.Linq.Expressions;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// The schema side of <see cref="FilteringFieldExtensions.UseFiltering{T}"/>: each filtered field gets
/// <c>where: {Node}FilterInput</c> (named after the GraphQL node type, HotChocolate's naming), declared beside the field
/// with <c>and</c>/<c>or</c> and one input per field: an operation input per leaf (<c>StringOperationFilterInput</c>,
/// <c>IntOperationFilterInput</c> …), the nested type's <c>{Type}FilterInput</c> per navigation, and
/// <c>ListFilterInputTypeOf{Type}FilterInput</c> / <c>List{Leaf}OperationFilterInput</c> per list, each declared once.
/// </summary>
public sealed class FilteringConvention : ISchemaConvention
{
    private readonly List<(string Type, string Field, FilteredField Filtered)> _fields = [];
    private readonly Dictionary<string, FilterInputType> _declared = new(StringComparer.Ordinal);

    /// <summary>The limits of every filtered field whose <see cref="FilteringOptions"/> do not set their own.</summary>
    public FilterLimits Limits { get; set; } = FilterLimits.Default;

    internal void Add(string typeName, string fieldName, FilteredField filtered) => _fields.Add((typeName, fieldName, filtered));

    /// <inheritdoc />
    public void Apply(SchemaConventionContext context)
    {
        var declaredInputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (typeName, fieldName, filtered) in _fields)
        {
            var sdl = new List<string>();
            var nodeType = RowFields.NodeTypeOf(context, typeName, fieldName);
            var inputName = nodeType + "FilterInput";
            var earlier = _declared.GetValueOrDefault(inputName);
            _declared.Remove(inputName);
            var type = Declare(context, nodeType, filtered.Fields, sdl, declaredInputs);
            RowFields.RequireSameFields(inputName, earlier?.Fields.Keys, type.Fields.Keys, $"{typeName}.{fieldName}", "filter the type's lists with the same fields");

            filtered.Type = type;
            filtered.Limits = new FilterLimits
            {
                MaxDepth = filtered.Options.MaxDepth ?? Limits.MaxDepth,
                MaxOrBranches = filtered.Options.MaxOrBranches ?? Limits.MaxOrBranches,
            };

            if (sdl.Count > 0)
            {
                context.AddDefinitionsBesideField(typeName, fieldName, Parser.Parse(string.Join("\n\n", sdl)).Definitions);
            }

            DataArgument.Append(context, typeName, fieldName, "where", new NamedTypeNode(new NameNode(inputName)));
        }
    }

    /// <summary>
    /// The filter input of <paramref name="nodeType"/>, with the inputs its fields need, their SDL added to
    /// <paramref name="sdl"/> once each. A type reached again (a cycle through navigations) is the one declared.
    /// </summary>
    private FilterInputType Declare(SchemaConventionContext context, string nodeType, QueryableFields fields, List<string> sdl, HashSet<string> declaredInputs)
    {
        var inputName = nodeType + "FilterInput";
        if (_declared.TryGetValue(inputName, out var known))
        {
            return known;
        }

        var rows = RowFields.Resolve(context, nodeType, fields, lists: true);
        var entityAt = sdl.Count; // the entity's own input first, then those of its fields
        var filterFields = new Dictionary<string, FilterField>(StringComparer.Ordinal);
        var type = new FilterInputType(inputName, rows.Row, filterFields);
        _declared[inputName] = type;
        foreach (var field in rows.Fields)
        {
            filterFields[field.Name] = field.Shape switch
            {
                RowFieldShape.Leaf => Leaf(field.Name, field.Member, field.GraphQLType, field.IsEnum),
                RowFieldShape.Object => Nested(field, FilterKind.Object, n => n.Name),
                RowFieldShape.ObjectList => Nested(field, FilterKind.List, n => FilterOperationInputs.ListNameOf(n.Name, ofObjects: true)),
                _ => LeafList(field),
            };
            Need(context, filterFields[field.Name], sdl, declaredInputs);
        }

        if (!context.HasType(inputName) && declaredInputs.Add(inputName))
        {
            var lines = type.Fields.Values.Select(f => $"  {f.Name}: {f.OperationType}");
            sdl.Insert(entityAt, $"input {inputName} {{\n  and: [{inputName}!]\n  or: [{inputName}!]\n{string.Join("\n", lines)}\n}}");
        }

        return type;

        FilterField Nested(RowField field, FilterKind kind, Func<FilterInputType, string> inputOf)
        {
            var nested = Declare(context, field.GraphQLType, QueryableFields.Implicit(field.ElementType), sdl, declaredInputs);
            return new FilterField(field.Name, field.Member, kind, inputOf(nested), field.GraphQLType) { Nested = nested };
        }
    }

    private static FilterField Leaf(string name, Expression member, string graphQLType, bool isEnum) =>
        new(name, member, FilterOperationInputs.KindOf(graphQLType, isEnum), FilterOperationInputs.NameOf(graphQLType), graphQLType);

    private static FilterField LeafList(RowField field)
    {
        var element = Expression.Parameter(field.ElementType, "element");
        var elementFilter = Leaf(field.Name, element, field.GraphQLType, field.IsEnum);
        var listName = FilterOperationInputs.ListNameOf(elementFilter.OperationType, ofObjects: false);
        return new FilterField(field.Name, field.Member, FilterKind.List, listName, field.GraphQLType) { Element = elementFilter, ElementParameter = element };
    }

    /// <summary>Adds the SDL of the input types <paramref name="field"/> refers to that are not declared yet.</summary>
    private static void Need(SchemaConventionContext context, FilterField field, List<string> sdl, HashSet<string> declaredInputs)
    {
        var leaf = field.Element ?? (field.Nested is null ? field : null);
        if (leaf is not null && !context.HasType(leaf.OperationType) && declaredInputs.Add(leaf.OperationType))
        {
            sdl.Add(FilterOperationInputs.Sdl(leaf.LeafType, leaf.Kind == FilterKind.Enum));
        }

        if (field.Kind == FilterKind.List && !context.HasType(field.OperationType) && declaredInputs.Add(field.OperationType))
        {
            sdl.Add(FilterOperationInputs.ListSdl(field.OperationType, field.Nested?.Name ?? field.Element!.OperationType));
        }
    }
}
