namespace Hub.GraphQL.Types.Conventions;

/// <summary>
/// A rule applied to the whole schema before it is created (HotChocolate's type interceptors, in SDL form): it reads
/// the merged SDL and the bindings, and may add type definitions, add arguments to fields and attach middleware.
/// Conventions run in the order they were added, each seeing what the earlier ones changed.
/// </summary>
public interface ISchemaConvention
{
    /// <summary>Applies the convention; throws <see cref="InvalidOperationException"/> naming the field it cannot apply to.</summary>
    void Apply(SchemaConventionContext context);
}
