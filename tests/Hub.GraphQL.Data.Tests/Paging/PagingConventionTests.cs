using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Tests.Paging;

/// <summary>What <c>UsePaging()</c> does to the schema: arguments, connection types and their place.</summary>
public sealed class PagingConventionTests
{
    [Fact]
    public void The_field_gets_the_paging_arguments_after_its_own_and_returns_its_connection()
    {
        var sdl = Paged("""
            type Query {
              "Books by title."
              books("Only this author." author: String): [Book!]
            }

            type Book { title: String }
            """, PagingOptions.Default, "type Later { x: Int }");

        Assert.Contains(
            """"
              """Books by title."""
              books(
                """Only this author."""
                author: String

                """Returns the first _n_ elements from the list."""
                first: Int

                """Returns the elements in the list that come after the specified cursor."""
                after: String

                """Returns the last _n_ elements from the list."""
                last: Int

                """
                Returns the elements in the list that come before the specified cursor.
                """
                before: String
              ): BooksConnection
            """".ReplaceLineEndings("\n"), sdl);
        Assert.True(
            sdl.IndexOf("type Later", StringComparison.Ordinal) > sdl.IndexOf("type BooksEdge", StringComparison.Ordinal),
            "The connection types are declared beside the field, before the types of later SDL sources.");
        Assert.DoesNotContain("totalCount", sdl);
        Assert.Contains("  nodes: [Book!]\n}", sdl);
        Assert.Contains("  node: Book!\n}", sdl);
    }

    [Fact]
    public void Arguments_can_come_before_the_fields_own()
    {
        var sdl = Paged("type Query { books(author: String): [Book] } type Book { title: String }",
            PagingOptions.Default with { ArgumentPosition = PagingArgumentPosition.BeforeFieldArguments });

        Assert.Contains("before: String\n    author: String\n  ): BooksConnection", sdl);
    }

    [Fact]
    public void A_paged_field_that_is_not_a_list_fails_the_build_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Paged("type Query { books: Book } type Book { title: String }", PagingOptions.Default));

        Assert.Equal("\"Query.books\" is paged, so its SDL type must be a list of its nodes (e.g. [Book]); it is Book.", error.Message);
    }

    private static string Paged(string sdl, PagingOptions options, params string[] laterSources)
    {
        var builder = SchemaBuilder.New().AddSdl(sdl);
        foreach (var source in laterSources)
        {
            builder.AddSdl(source);
        }

        builder.Field("Query", "books").Resolve(_ => Array.Empty<string>().AsQueryable()).UsePaging(options);
        return builder.Build().ToSdl();
    }
}
