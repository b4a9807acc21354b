namespace Hub.Data.Model;

/// <summary>Names the data set an entity holds: its table, its PostgreSQL schema and the default sensitivity of its rows.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DataSetAttribute(string name, string schema, SensitivityLevel sensitivity) : Attribute
{
    /// <summary>The data-set name, also the table name and the name used by <c>hub data import</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The domain schema: enforcement, judicial, administrative, lake or shared.</summary>
    public string Schema { get; } = schema;

    /// <summary>Sensitivity given to rows whose file does not state one.</summary>
    public SensitivityLevel Sensitivity { get; } = sensitivity;
}
