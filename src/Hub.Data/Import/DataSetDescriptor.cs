using System.Reflection;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Data.Import;

/// <summary>
/// What the import needs to know about a data set, read from the EF model so that files, tables and the model
/// cannot drift apart: the file columns in order and, after them, the key-quality columns the import computes.
/// </summary>
public sealed class DataSetDescriptor
{
    private DataSetDescriptor(IEntityType entityType, DataSetAttribute dataSet, IReadOnlyList<ImportColumn> fileColumns)
    {
        EntityType = entityType;
        Name = dataSet.Name;
        Schema = dataSet.Schema;
        DefaultSensitivity = dataSet.Sensitivity;
        FileColumns = fileColumns;
        QualityColumns = fileColumns.Where(c => c.QualityColumn is not null).Select(c => c.QualityColumn!).ToArray();
        AgencyColumn = IndexOf(nameof(SharedRecord.SourceAgency));
        RecordIdColumn = IndexOf(nameof(SharedRecord.SourceRecordId));
        SensitivityColumn = IndexOf(nameof(SharedRecord.SensitivityLevel));
        RegionColumn = IndexOf(nameof(SharedRecord.RegionCode));
    }

    /// <summary>The EF entity type.</summary>
    public IEntityType EntityType { get; }

    /// <summary>The data-set (and table) name.</summary>
    public string Name { get; }

    /// <summary>The PostgreSQL schema.</summary>
    public string Schema { get; }

    /// <summary>Sensitivity for rows whose file gives none.</summary>
    public SensitivityLevel DefaultSensitivity { get; }

    /// <summary>Columns a file may carry, in table order.</summary>
    public IReadOnlyList<ImportColumn> FileColumns { get; }

    /// <summary>Key-quality columns, filled by the import in the order of their key columns.</summary>
    public IReadOnlyList<string> QualityColumns { get; }

    /// <summary>Position of <c>source_agency</c> among the file columns.</summary>
    public int AgencyColumn { get; }

    /// <summary>Position of <c>source_record_id</c> among the file columns.</summary>
    public int RecordIdColumn { get; }

    /// <summary>Position of <c>sensitivity_level</c> among the file columns.</summary>
    public int SensitivityColumn { get; }

    /// <summary>Position of <c>region_code</c> among the file columns.</summary>
    public int RegionColumn { get; }

    /// <summary>Every column a parsed row holds: the file columns then the quality columns.</summary>
    public IEnumerable<string> StoredColumns => FileColumns.Select(c => c.Name).Concat(QualityColumns);

    /// <summary>Builds the descriptor of an entity type of the model.</summary>
    public static DataSetDescriptor Create(IEntityType entityType)
    {
        var dataSet = entityType.ClrType.GetCustomAttribute<DataSetAttribute>()
            ?? throw new ArgumentException($"{entityType.ClrType.Name} is not a data set.", nameof(entityType));
        var qualityNames = entityType.GetProperties()
            .Select(p => p.PropertyInfo?.GetCustomAttribute<KeyColumnAttribute>() is null ? null : p.Name + "Quality")
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var columns = new List<ImportColumn>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.Name is nameof(SharedRecord.Id) or nameof(SharedRecord.IngestedAt) || qualityNames.Contains(property.Name))
            {
                continue;
            }

            var key = property.PropertyInfo?.GetCustomAttribute<KeyColumnAttribute>();
            // A file without regions takes its agency's (see RowParser).
            var optionalProvenance = property.Name is nameof(SharedRecord.SensitivityLevel) or nameof(SharedRecord.Sealed) or nameof(SharedRecord.RegionCode);
            var valueType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            columns.Add(new ImportColumn(
                property.GetColumnName(),
                valueType,
                Required: key?.Required ?? (!property.IsNullable && !optionalProvenance && valueType != typeof(bool)),
                property.GetMaxLength(),
                key,
                key is null ? null : SnakeCase.Convert(property.Name + "Quality"),
                property.GetPrecision(),
                property.GetScale(),
                property.PropertyInfo?.GetCustomAttribute<CodedColumnAttribute>()?.CodeList));
        }

        return new DataSetDescriptor(entityType, dataSet, columns);
    }

    private int IndexOf(string propertyName)
    {
        var name = SnakeCase.Convert(propertyName);
        for (var i = 0; i < FileColumns.Count; i++)
        {
            if (FileColumns[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Data set '{Name}' has no column '{name}'.");
    }
}
