using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Data.Tests.Filtering;

/// <summary>What <c>UseFiltering()</c> and <c>UseSorting()</c> add to the schema: HotChocolate's arguments and input types.</summary>
public sealed class FilterSchemaTests : IAsyncLifetime
{
    private Books _books = null!;

    public async Task InitializeAsync() => _books = await Books.CreateAsync(count: 1);

    public async Task DisposeAsync() => await _books.DisposeAsync();

    [Fact]
    public void The_list_takes_where_and_order_after_the_paging_arguments()
    {
        var sdl = SchemaPrinter.Print(_books.Schema());

        Assert.Contains("  before: String\n    where: BookFilterInput\n    order: [BookSortInput!]\n  ): BooksConnection", sdl);
    }

    [Fact]
    public void The_filter_input_has_and_or_and_one_operation_input_per_translatable_leaf()
    {
        var sdl = SchemaPrinter.Print(_books.Schema());

        // id (ID) is not filtered (global ids are opaque), shelf has no column.
        Assert.Contains("""
            input BookFilterInput {
              and: [BookFilterInput!]
              or: [BookFilterInput!]
              title: StringOperationFilterInput
              author: StringOperationFilterInput
              pages: IntOperationFilterInput
              edition: IntOperationFilterInput
              price: DecimalOperationFilterInput
              published: DateOperationFilterInput
              withdrawn: DateOperationFilterInput
              available: BooleanOperationFilterInput
              genre: GenreOperationFilterInput
            }
            """, sdl);
        Assert.Contains("""
            input StringOperationFilterInput {
              and: [StringOperationFilterInput!]
              or: [StringOperationFilterInput!]
              eq: String
              neq: String
              contains: String
              ncontains: String
              in: [String]
              nin: [String]
              startsWith: String
              nstartsWith: String
              endsWith: String
              nendsWith: String
            }
            """, sdl);
        Assert.Contains("""
            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int]
              nin: [Int]
              gt: Int
              ngt: Int
              gte: Int
              ngte: Int
              lt: Int
              nlt: Int
              lte: Int
              nlte: Int
            }
            """, sdl);
        Assert.Contains("input DateOperationFilterInput {\n  eq: Date\n  neq: Date\n  in: [Date]\n  nin: [Date]\n  gt: Date", sdl);
        Assert.Contains("input DecimalOperationFilterInput {\n  eq: Decimal\n", sdl);
        Assert.Contains("input BooleanOperationFilterInput {\n  eq: Boolean\n  neq: Boolean\n}", sdl);
        Assert.Contains("input GenreOperationFilterInput {\n  eq: Genre\n  neq: Genre\n  in: [Genre!]\n  nin: [Genre!]\n}", sdl);
    }

    [Fact]
    public void The_sort_input_has_one_sort_enum_field_per_sortable_leaf()
    {
        var sdl = SchemaPrinter.Print(_books.Schema());

        Assert.Contains("enum SortEnumType {\n  ASC\n  DESC\n}", sdl);
        Assert.Contains("""
            input BookSortInput {
              title: SortEnumType
              author: SortEnumType
              pages: SortEnumType
              edition: SortEnumType
              price: SortEnumType
              published: SortEnumType
              withdrawn: SortEnumType
              available: SortEnumType
              genre: SortEnumType
            }
            """, sdl);
    }

    [Fact]
    public void Explicit_fields_are_the_only_ones_and_may_be_renamed_members()
    {
        var fields = QueryableFields<Book>.Explicit().Field("title", b => b.Title).Field("pages", b => b.Pages);

        var sdl = SchemaPrinter.Print(_books.Schema(fields: fields));

        Assert.Contains("input BookFilterInput {\n  and: [BookFilterInput!]\n  or: [BookFilterInput!]\n  title: StringOperationFilterInput\n  pages: IntOperationFilterInput\n}", sdl);
        Assert.Contains("input BookSortInput {\n  title: SortEnumType\n  pages: SortEnumType\n}", sdl);
    }

    [Fact]
    public void An_explicit_field_that_cannot_be_translated_fails_the_build()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _books.Schema(fields: QueryableFields<Book>.Explicit().Field("shelf", b => b.Shelf.Length)));

        Assert.Equal("\"Book.shelf\" (String) cannot be compared in SQL through a member of type Int32.", error.Message);
    }

    [Fact]
    public void Data_middleware_out_of_order_is_a_schema_error_HC0050()
    {
        var builder = SchemaBuilder.New().AddSdl("type Query { books: [Book!] } type Book { title: String! }");
        builder.Field("Query", "books").Resolve(_ => new List<Book>().AsQueryable()).UseFiltering().UseSorting().UsePaging();

        var error = Assert.Throws<InvalidSchemaException>(() => builder.Build());

        Assert.Equal(ErrorCodes.Schema.MiddlewareOrderInvalid, Assert.Single(error.Errors).Extensions!["code"]);
        Assert.StartsWith("The middleware order of a field pipeline is incorrect: \"Query.books\" adds UseFiltering, UseSorting, UsePaging.", error.Message);
    }
}
