using System.Linq.Expressions;
using System.Reflection;
using Hub.Data.Model;
using Hub.Data.Model.Shared;

namespace Hub.Data;

/// <summary>
/// The EF Core model of the shared data: one schema per domain, snake_case names, every data set keyed for upsert on
/// (source agency, source record id). The GraphQL domain schema queries through this context.
/// </summary>
public sealed class HubDataContext(DbContextOptions<HubDataContext> options) : DbContext(options)
{
    /// <summary>Every data-set entity type, found by its <see cref="DataSetAttribute"/>.</summary>
    public static IReadOnlyList<Type> DataSetTypes { get; } = typeof(SharedRecord).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DataSetAttribute>() is not null)
        .OrderBy(t => t.GetCustomAttribute<DataSetAttribute>()!.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The GB/T 2260 prefix every data-set row read through this context lies in, for a region-bound model run; the
    /// reference tables (schema <c>shared</c>: thresholds and code mappings, national or provincial) stay whole. Null
    /// reads every region, and then the filter leaves the SQL as it was.
    /// </summary>
    public string? RegionPrefix { get; init; }

    /// <summary>Persons known by a valid citizen identity number.</summary>
    public DbSet<Person> Persons => Set<Person>();

    /// <summary>Organisations known by a valid unified social credit code.</summary>
    public DbSet<Organization> Organizations => Set<Organization>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<KeyQuality>().HaveConversion<KeyQualityConverter>().HaveMaxLength(8);
        configurationBuilder.Properties<SensitivityLevel>().HaveConversion<string>().HaveMaxLength(2);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("person", Schemas.Shared).HasKey(p => p.IdNumber);
            person.Property(p => p.IdNumber).IsFixedLength();
        });
        modelBuilder.Entity<Organization>(organization =>
        {
            organization.ToTable("organization", Schemas.Shared).HasKey(o => o.Uscc);
            organization.Property(o => o.Uscc).IsFixedLength();
        });

        foreach (var type in DataSetTypes)
        {
            var dataSet = type.GetCustomAttribute<DataSetAttribute>()!;
            var entity = modelBuilder.Entity(type);
            entity.ToTable(dataSet.Name, dataSet.Schema);
            entity.HasKey(nameof(SharedRecord.Id));
            entity.HasIndex(nameof(SharedRecord.SourceAgency), nameof(SharedRecord.SourceRecordId)).IsUnique();
            if (dataSet.Schema != Schemas.Shared)
            {
                entity.HasQueryFilter(RegionFilter(type));
            }
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                property.SetColumnName(SnakeCase.Convert(property.Name));
                if (Database.IsSqlite() && property.ClrType == typeof(DateTimeOffset))
                {
                    property.SetValueConverter(SortableUtcText.Converter);
                }

                // The 18,2 default of ConfigureConventions outranks data annotations; a column's own [Precision] must win.
                if (property.PropertyInfo?.GetCustomAttribute<PrecisionAttribute>() is { } precision)
                {
                    property.SetPrecision(precision.Precision);
                    property.SetScale(precision.Scale);
                }

                // Keys and indexed codes compare byte by byte on PostgreSQL: joins, sorts and index builds skip the
                // locale's rules (several times cheaper), and the order is the same on every cluster.
                if (Database.IsNpgsql() && property.ClrType == typeof(string)
                    && (property.IsKey() || property.IsIndex() || property.PropertyInfo?.GetCustomAttribute<KeyColumnAttribute>() is not null))
                {
                    property.SetCollation("C");
                }
            }

            foreach (var index in entityType.GetIndexes())
            {
                index.SetDatabaseName($"ix_{entityType.GetTableName()}_{string.Join('_', index.Properties.Select(p => p.GetColumnName()))}");
            }

            var key = entityType.FindPrimaryKey();
            key?.SetName($"pk_{entityType.GetTableName()}");
        }
    }

    // row => RegionPrefix == null || row.RegionCode.StartsWith(RegionPrefix), written out because the loop above
    // knows the entity type only at run time. EF Core reads RegionPrefix from the querying context, not this one.
    private LambdaExpression RegionFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var prefix = Expression.Property(Expression.Constant(this), nameof(RegionPrefix));
        var startsWith = Expression.Call(Expression.Property(row, nameof(SharedRecord.RegionCode)),
            typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, prefix);
        return Expression.Lambda(Expression.OrElse(Expression.Equal(prefix, Expression.Constant(null, typeof(string))), startsWith), row);
    }
}
