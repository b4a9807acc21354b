using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.Server.Schema;
using Snapshooter.Xunit;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The generated <c>where</c>/<c>order</c> types of one data set as the hub serves them, against a reviewed snapshot:
/// HotChocolate's names (<c>AdministrativePenaltyFilterInput</c>, <c>StringOperationFilterInput</c>, <c>SortEnumType</c> …)
/// and operators, and the arguments of the list.
/// </summary>
public sealed class FilterInputSnapshotTests
{
    [Fact]
    public void The_filter_and_sort_types_of_administrative_penalties_match_the_snapshot()
    {
        var document = Parser.Parse(HubSchemaFactory.Create().ToSdl());
        var list = document.Definitions.OfType<ObjectTypeDefinitionNode>().Single(t => t.Name.Value == "Query")
            .Fields.Single(f => f.Name.Value == "administrativePenalties");
        var filter = document.Definitions.OfType<InputObjectTypeDefinitionNode>().Single(t => t.Name.Value == "AdministrativePenaltyFilterInput");
        var used = filter.Fields.Select(f => f.Type).OfType<NamedTypeNode>().Select(t => t.Name.Value)
            .Concat(["AdministrativePenaltyFilterInput", "AdministrativePenaltySortInput", "SortEnumType"])
            .ToHashSet();
        var types = document.Definitions.OfType<TypeDefinitionNode>().Where(t => used.Contains(t.Name.Value)).OrderBy(t => t.Name.Value, StringComparer.Ordinal);

        var printed = string.Join("\n\n", [
            "# Query.administrativePenalties arguments",
            string.Join("\n", list.Arguments.Select(a => Printer.Print(new InputValueDefinitionNode(null, a.Name, a.Type, a.DefaultValue, a.Directives)))),
            .. types.Select(Printer.Print)]);

        Snapshot.Match(printed);
    }
}
