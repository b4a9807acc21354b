using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Hub.Data;
using Hub.Data.Hosting;
using Hub.Data.Model;
using Hub.GraphQL.Data;
using Hub.GraphQL.Data.Filtering;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Data.Projection;
using Hub.GraphQL.Data.Sorting;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// One data set served as a list: newest first by its main date (then by id, so the order is total and pages are
/// stable) unless <c>order</c> says otherwise, only the rows the caller may see (<see cref="RowVisibility"/>: never a
/// sealed row), filtered by <c>where</c> (masked personal fields only by their full value, <see cref="MaskedFieldGuard"/>)
/// and by the deprecated person, organisation, agency and date range arguments. Its rows linked from a person or an
/// organisation take the same <c>where</c> and <c>order</c>, still loaded in one query per data set and level.
/// A data set without a date (<paramref name="date"/> null) is ordered by id and has no date range.
/// </summary>
public sealed class SharedDataSet<T>(
    string fieldName,
    SharedDataType type,
    Expression<Func<T, DateOnly>>? date,
    Expression<Func<T, string?>>? person = null,
    Expression<Func<T, string?>>? organization = null) : ISharedDataSet
    where T : SharedRecord, new()
{
    // Compiled once: the links and every DataLoader batch read the person/organisation key of loaded rows.
    private readonly Func<T, string?>? _personKey = person?.Compile();
    private readonly Func<T, string?>? _organizationKey = organization?.Compile();
    private ProjectedFields<T>? _projection;

    /// <inheritdoc />
    public string FieldName { get; } = fieldName;

    /// <inheritdoc />
    public SharedDataType Type { get; } = type;

    /// <inheritdoc />
    public string DataSetName { get; } = typeof(T).GetCustomAttribute<DataSetAttribute>()?.Name
        ?? throw new ArgumentException($"{typeof(T).Name} is not a shared data set.");

    /// <inheritdoc />
    public bool HasPerson => person is not null;

    /// <inheritdoc />
    public bool HasOrganization => organization is not null;

    /// <inheritdoc />
    public void BindList(SchemaBuilder builder, PagingOptions paging)
    {
        var guard = MaskedFieldGuard.For(Type.Name, SharedDataTypes.PersonalFields);
        var fields = QueryableFields<T>.Implicit();
        builder
            .Field("Query", FieldName)
            .ResolveAsync(ListQueryAsync)
            .UseSorting(fields, new SortingOptions { Guard = guard })
            .UseFiltering(fields, FilteringOptions.Default with { Guard = guard })
            .UseProjection(Projection)
            .UsePaging(paging)
            .Use(AuditedRead.Page<T>());
    }

    /// <summary>
    /// What the list reads beyond the selected fields' own columns: the provenance the audit names every row by and the
    /// surrogate key of global ids, the keys the <c>person</c>/<c>organization</c> links batch by, and what masking a
    /// selected personal field reads. Row visibility is a condition of the query, so it needs no column of its own.
    /// </summary>
    private ProjectedFields<T> Projection => _projection ??= NewProjection();

    private ProjectedFields<T> NewProjection()
    {
        var fields = new ProjectedFields<T>().Always(r => r.Id, r => r.SourceAgency, r => r.SourceRecordId);
        if (person is not null)
        {
            fields.Requires("person", person);
        }

        if (organization is not null)
        {
            fields.Requires("organization", organization);
        }

        foreach (var personal in Type.PersonalFields)
        {
            fields.Requires(personal.FieldName, RowMasking.Inputs(Type, personal.FieldName).ToArray());
        }

        return fields;
    }

    /// <inheritdoc />
    public void BindLinks(SchemaBuilder builder)
    {
        if (_personKey is { } personKey)
        {
            BindLinkedRows(builder, "Person", byOrganization: false);
            builder.BindResolver(Type.Name, "person", context => EntityLinks.PersonAsync(context, row => personKey((T)row)));
        }

        if (_organizationKey is { } organizationKey)
        {
            BindLinkedRows(builder, "Organization", byOrganization: true);
            builder.BindResolver(Type.Name, "organization", context => EntityLinks.OrganizationAsync(context, row => organizationKey((T)row)));
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SharedRecord>> RowsByRecordIdAsync(
        HubDataContext db, RowVisibility visibility, IReadOnlyList<string> recordIds, IReadOnlySet<string> selected, CancellationToken cancellationToken) =>
        await Projected(visibility.Of<T>(db).Where(r => recordIds.Contains(r.SourceRecordId)), FieldsOfType(selected)).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRegion>> RegionsByRecordIdAsync(HubDataContext db, IReadOnlyList<string> recordIds, CancellationToken cancellationToken) =>
        await db.Set<T>().AsNoTracking().Where(r => recordIds.Contains(r.SourceRecordId))
            .Select(r => new EvidenceRegion(new EvidenceReference(DataSetName, r.SourceAgency, r.SourceRecordId), r.RegionCode))
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<object?> RowByIdAsync(
        HubDataContext db, RowVisibility visibility, long id, IEnumerable<string>? selected, CancellationToken cancellationToken)
    {
        var row = visibility.Of<T>(db).Where(r => r.Id == id);
        return await (selected is null ? row : Projected(row, selected)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary><paramref name="rows"/> reading only what the fields <paramref name="selected"/> on the type need (every column when one of them is unknown).</summary>
    private IQueryable<T> Projected(IQueryable<T> rows, IEnumerable<string> selected) =>
        Projection.Selector(selected) is { } selector ? rows.Select(selector) : rows;

    private IEnumerable<string> FieldsOfType(IReadOnlySet<string> selected) => SelectedFields.OnType(selected, Type.Name);

    /// <summary>
    /// <c>Person.{list}</c> / <c>Organization.{list}</c>: the same <c>where</c> and <c>order</c> as the list, guarded by the
    /// disclosure of the read the parent came from, composed by the data middleware and applied to the batch's one query.
    /// </summary>
    private void BindLinkedRows(SchemaBuilder builder, string typeName, bool byOrganization)
    {
        var fields = QueryableFields<T>.Implicit();
        var guard = MaskedFieldGuard.For(Type.Name, SharedDataTypes.PersonalFields, context => context.GetParent<SharedRow>().Disclosure);
        builder
            .Field(typeName, FieldName)
            .Resolve(_ => ComposedQuery<T>.Root)
            .UseSorting(fields, new SortingOptions { Guard = guard })
            .UseFiltering(fields, FilteringOptions.Default with { Guard = guard })
            .Use<object?>(next => async context =>
                await LinkedRowsAsync(context, byOrganization, ComposedQuery<T>.Of((IQueryable<T>)(await next(context).ConfigureAwait(false))!)));
    }

    /// <summary>The rows visible under <paramref name="visibility"/> naming these persons (or organisations), filtered and ordered as composed, grouped by key.</summary>
    private async Task<ILookup<string, object>> RowsByKeyAsync(HubDataContext db, RowVisibility visibility, IReadOnlyList<string> keys, bool byOrganization,
        ComposedQuery<T> composed, IReadOnlySet<string> selected, CancellationToken cancellationToken)
    {
        var key = byOrganization ? organization! : person!;
        var parameter = key.Parameters[0];
        var inKeys = Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Parameter(keys.ToArray()), key.Body),
            parameter);
        // The key the rows are grouped by is what the row's own person/organization link reads.
        var grouping = FieldsOfType(selected).Append(byOrganization ? "organization" : "person");
        var rows = await Projected(composed.ApplyTo(Ordered(visibility.Of<T>(db).Where(inKeys))), grouping).ToListAsync(cancellationToken);
        var read = byOrganization ? _organizationKey! : _personKey!;
        return rows.ToLookup(r => read(r)!, r => (object)r, StringComparer.Ordinal);
    }

    private async ValueTask<object?> LinkedRowsAsync(IResolverContext context, bool byOrganization, ComposedQuery<T> composed)
    {
        var parent = context.GetParent<SharedRow>();
        var key = parent.Record switch
        {
            Hub.Data.Model.Shared.Person p => p.IdNumber,
            OrganizationProfile o => o.Uscc,
            _ => throw new InvalidOperationException($"{parent.Record.GetType().Name} has no {FieldName}."),
        };
        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var selected = SelectedFields.Of(context);

        // Parents share a batch only when their link asks for the same rows: same disclosure, same where and order.
        var arguments = new[] { "where", "order" }.Where(context.HasArgument).ToDictionary(name => name, context.ArgumentValue);
        var batch = parent.Disclosure.BatchName(coordinate, selected);
        if (arguments.Count > 0)
        {
            batch += $"\n{JsonSerializer.Serialize(arguments)}";
        }

        var loader = context.DataLoader(batch, request => new LinkedRowsDataLoader(request.Services, RequestAudit.Of(request), request.Caller(), coordinate, parent.Disclosure, selected,
            byOrganization, arguments, (db, visibility, keys, cancellationToken) => RowsByKeyAsync(db, visibility, keys, byOrganization, composed, selected, cancellationToken)));
        var rows = await loader.LoadAsync(key, context.RequestAborted);
        return rows.Select(row => new SharedRow(row, parent.Disclosure)).ToList();
    }

    private async ValueTask<IQueryable<T>> ListQueryAsync(IResolverContext context)
    {
        var filter = SharedDataArguments.Filter(context, HasPerson, HasOrganization);
        var visibility = context.RowVisibility();
        var db = context.Services.GetRequiredService<HubDatabase>().CreateContext();
        context.RegisterForCleanup(db.DisposeAsync);
        return Query(visibility.Of<T>(db), filter);
    }

    private IQueryable<T> Query(IQueryable<T> rows, DataSetFilter filter)
    {
        if (filter.PersonIdNumber is { } idNumber && person is not null)
        {
            rows = rows.Where(Matches(person, idNumber));
        }

        if (filter.Uscc is { } uscc && organization is not null)
        {
            rows = rows.Where(Matches(organization, uscc));
        }

        if (filter.SourceAgency is { } agency)
        {
            rows = rows.Where(r => r.SourceAgency == agency);
        }

        if (filter.From is { } from && date is not null)
        {
            rows = rows.Where(Compare(date, Expression.GreaterThanOrEqual, from));
        }

        if (filter.To is { } to && date is not null)
        {
            rows = rows.Where(Compare(date, Expression.LessThanOrEqual, to));
        }

        return Ordered(rows);
    }

    private IOrderedQueryable<T> Ordered(IQueryable<T> rows) =>
        date is null ? rows.OrderByDescending(r => r.Id) : rows.OrderByDescending(date).ThenByDescending(r => r.Id);

    private static Expression<Func<T, bool>> Matches(Expression<Func<T, string?>> key, string value) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(key.Body, Parameter(value)), key.Parameters);

    private static Expression<Func<T, bool>> Compare(
        Expression<Func<T, DateOnly>> date, Func<Expression, Expression, BinaryExpression> comparison, DateOnly value) =>
        Expression.Lambda<Func<T, bool>>(comparison(date.Body, Parameter(value)), date.Parameters);

    /// <summary>A captured value, so EF Core sends it as a SQL parameter (one cached plan) rather than inlining it.</summary>
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Captured<TValue>(value)), nameof(Captured<TValue>.Value));

    private sealed record Captured<TValue>(TValue Value);
}
