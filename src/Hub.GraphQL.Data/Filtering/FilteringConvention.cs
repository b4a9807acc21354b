using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Conventions;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>
/// The schema side of <see cref="FilteringFieldExtensions.UseFiltering{T}"/>: each filtered field gets
/// <c>where: {Node}FilterInput</c> (named after the GraphQL node type, HotChocolate's naming), declared beside the field
/// with <c>and</c>/<c>or</c> and one operation input per leaf field (<c>StringOperationFilterInput</c>,
/// <c>IntOperationFilterInput</c> …, each declared once).
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
        var declaredOperations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (typeName, fieldName, filtered) in _fields)
        {
            var rows = RowFields.Resolve(context, typeName, fieldName, filtered.Fields, filtered.Fields.IsExplicit);
            var inputName = rows.NodeType + "FilterInput";
            var type = new FilterInputType(inputName, rows.Row, rows.Fields.ToDictionary(
                f => f.Name,
                f => new FilterField(f.Name, f.Member, FilterOperationInputs.KindOf(f.GraphQLType, f.IsEnum), FilterOperationInputs.NameOf(f.GraphQLType), f.GraphQLType),
                StringComparer.Ordinal));
            filtered.Type = type;
            filtered.Limits = new FilterLimits
            {
                MaxDepth = filtered.Options.MaxDepth ?? Limits.MaxDepth,
                MaxOrBranches = filtered.Options.MaxOrBranches ?? Limits.MaxOrBranches,
            };

            var sdl = new List<string>();
            if (_declared.TryGetValue(inputName, out var earlier))
            {
                if (!earlier.Fields.Keys.SequenceEqual(type.Fields.Keys))
                {
                    throw new InvalidOperationException($"{inputName} is generated twice with different fields (\"{typeName}.{fieldName}\"); filter the type's lists with the same fields.");
                }
            }
            else if (!context.HasType(inputName))
            {
                _declared[inputName] = type;
                sdl.Add(EntitySdl(type));
            }

            foreach (var leaf in rows.Fields.DistinctBy(f => f.GraphQLType))
            {
                var operationType = FilterOperationInputs.NameOf(leaf.GraphQLType);
                if (declaredOperations.Add(operationType) && !context.HasType(operationType))
                {
                    sdl.Add(FilterOperationInputs.Sdl(leaf.GraphQLType, leaf.IsEnum));
                }
            }

            if (sdl.Count > 0)
            {
                context.AddDefinitionsBesideField(typeName, fieldName, Parser.Parse(string.Join("\n\n", sdl)).Definitions);
            }

            DataArgument.Append(context, typeName, fieldName, "where", new NamedTypeNode(new NameNode(inputName)));
        }
    }

    private static string EntitySdl(FilterInputType type)
    {
        var fields = type.Fields.Values.Select(f => $"  {f.Name}: {f.OperationType}");
        return $"input {type.Name} {{\n  and: [{type.Name}!]\n  or: [{type.Name}!]\n{string.Join("\n", fields)}\n}}";
    }
}
