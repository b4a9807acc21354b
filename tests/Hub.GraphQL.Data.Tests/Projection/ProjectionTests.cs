using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Projection;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types;
using Hub.Testing;

namespace Hub.GraphQL.Data.Tests.Projection;

/// <summary><c>UseProjection()</c> over EF Core on SQLite: the page query reads the columns the selection needs, and no other.</summary>
public sealed class ProjectionTests : IAsyncLifetime
{
    private static readonly ProjectedFields<Report> Fields = new ProjectedFields<Report>().Requires("label", r => r.Title, r => r.Pages);

    private Reports _reports = null!;

    public async Task InitializeAsync() => _reports = await Reports.CreateAsync();

    public async Task DisposeAsync() => await _reports.DisposeAsync();

    [Fact]
    public async Task Nodes_read_only_the_selected_columns()
    {
        var json = await _reports.ExecuteAsync(_reports.Schema(Fields), "{ reports(first: 2) { nodes { title author } } }");

        Assert.Equal("""{"data":{"reports":{"nodes":[{"title":"Report 1","author":"Author 1"},{"title":"Report 2","author":"Author 2"}]}}}""", json);
        Assert.Equal(["Author", "Title"], SqlSelectList.Columns(Assert.Single(_reports.Commands)).Order());
    }

    [Fact]
    public async Task Edges_node_is_projected_and_the_count_is_its_own_query()
    {
        var json = await _reports.ExecuteAsync(_reports.Schema(Fields),
            "{ reports(first: 2, after: \"MA==\") { totalCount pageInfo { hasNextPage } edges { cursor node { pages } } } }");

        Assert.Equal("""{"data":{"reports":{"totalCount":12,"pageInfo":{"hasNextPage":true},"edges":[{"cursor":"MQ==","node":{"pages":20}},{"cursor":"Mg==","node":{"pages":30}}]}}}""", json);
        Assert.Equal(2, _reports.Commands.Count);
        Assert.Equal(["Pages"], SqlSelectList.Columns(_reports.Commands[0]));
        Assert.Contains("SELECT COUNT(*)", _reports.Commands[1]);
    }

    [Fact]
    public async Task A_field_without_a_column_reads_what_it_requires_and_always_read_members_are_read()
    {
        var fields = new ProjectedFields<Report>().Requires("label", r => r.Title, r => r.Pages).Always(r => r.Id);

        var json = await _reports.ExecuteAsync(_reports.Schema(fields), "{ reports(first: 1) { nodes { label } } }");

        Assert.Equal("""{"data":{"reports":{"nodes":[{"label":"Report 1 (10 pp.)"}]}}}""", json);
        Assert.Equal(["Id", "Pages", "Title"], SqlSelectList.Columns(Assert.Single(_reports.Commands)).Order());
    }

    [Fact]
    public async Task Filters_and_orders_use_columns_the_selection_does_not_read()
    {
        var json = await _reports.ExecuteAsync(_reports.Schema(Fields),
            "{ reports(first: 3, where: { pages: { gt: 50 } }, order: [{ author: DESC }]) { nodes { title } } }");

        Assert.Equal("""{"data":{"reports":{"nodes":[{"title":"Report 7"},{"title":"Report 11"},{"title":"Report 10"}]}}}""", json);
        var sql = Assert.Single(_reports.Commands);
        Assert.Equal(["Title"], SqlSelectList.Columns(sql));
        Assert.Contains("WHERE \"r\".\"Pages\" > @", sql);
        Assert.Contains("ORDER BY \"r\".\"Author\" DESC, \"r\".\"Id\"", sql);
    }

    [Fact]
    public async Task Fragments_skipped_fields_and_typename_count_as_the_executor_collects_them()
    {
        var json = await _reports.ExecuteAsync(_reports.Schema(Fields),
            "query($skip: Boolean!) { reports(first: 1) { nodes { __typename title author @skip(if: $skip) ...Size } } } fragment Size on Report { pages }",
            new Dictionary<string, object?> { ["skip"] = true });

        Assert.Equal("""{"data":{"reports":{"nodes":[{"__typename":"Report","title":"Report 1","pages":10}]}}}""", json);
        Assert.Equal(["Pages", "Title"], SqlSelectList.Columns(Assert.Single(_reports.Commands)).Order());
    }

    [Fact]
    public void A_field_that_reads_no_member_fails_the_build()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _reports.Schema(new ProjectedFields<Report>()));

        Assert.Equal("\"Report.label\" cannot be projected: Report has no settable mapped property of that name. Name what it reads with Requires(\"label\", …).", error.Message);
    }

    [Fact]
    public void Requiring_members_for_a_field_the_type_lacks_fails_the_build()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _reports.Schema(new ProjectedFields<Report>().Requires("label", r => r.Title, r => r.Pages).Requires("summary", "Body")));

        Assert.Equal("\"Report.summary\" is named as requiring members of Report, but Report has no such field.", error.Message);
    }

    [Fact]
    public void Projection_after_filtering_in_the_chain_is_a_schema_error_HC0050()
    {
        var builder = SchemaBuilder.New().AddSdl(Reports.Sdl);
        builder.Field("Query", "reports").Resolve(_ => new List<Report>().AsQueryable()).UseProjection(Fields).UseFiltering().UsePaging();

        var error = Assert.Throws<InvalidSchemaException>(() => builder.Build());

        Assert.Equal(ErrorCodes.Schema.MiddlewareOrderInvalid, Assert.Single(error.Errors).Extensions!["code"]);
        Assert.StartsWith("The middleware order of a field pipeline is incorrect: \"Query.reports\" adds UseProjection, UseFiltering, UsePaging.", error.Message);
    }
}
