using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary>The visible part of a schema: hidden fields, then emptied and unreachable types, leave a valid schema.</summary>
public sealed class VisibleSchemaFilterTests
{
    private static readonly Schema Served = SchemaBuilder.FromSdl("""
        type Query { version: String person(id: ID!): Person search(filter: Filter): [Result] node: Node }
        type Mutation { suspend: Boolean }
        interface Node { id: ID! }
        type Person implements Node { id: ID! name: String secret: String }
        type Case implements Node { id: ID! number: String }
        union Result = Person | Case
        input Filter { text: String }
        type Orphan { x: String }
        """);

    [Fact]
    public void Hidden_fields_their_emptied_types_and_unreachable_types_are_left_out()
    {
        var hidden = new HashSet<string> { "Person.secret", "Case.id", "Case.number", "Mutation.suspend" };

        var view = VisibleSchemaFilter.Filter(Served, (type, field) => !hidden.Contains($"{type.Name}.{field.Name}"));

        Assert.Equal("""
            type Query {
              version: String
              person(id: ID!): Person
              search(filter: Filter): [Result]
              node: Node
            }

            interface Node {
              id: ID!
            }

            type Person implements Node {
              id: ID!
              name: String
            }

            union Result = Person

            input Filter {
              text: String
            }
            """.ReplaceLineEndings("\n"), view.ToSdl());
    }

    [Fact]
    public void An_object_missing_a_visible_interface_field_stops_claiming_the_interface()
    {
        var view = VisibleSchemaFilter.Filter(Served, (type, field) => $"{type.Name}.{field.Name}" != "Person.id");

        Assert.Empty(((ObjectType)view.GetType("Person")!).Interfaces);
        Assert.Equal(["Case"], view.GetPossibleTypes(view.GetType("Node")!).Select(t => t.Name));
    }
}
