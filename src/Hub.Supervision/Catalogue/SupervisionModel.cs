using System.Reflection;
using Hub.Data;
using Hub.Data.Model;

namespace Hub.Supervision.Catalogue;

/// <summary>
/// A built-in supervision model (DOMAIN.md §3): what it is for, the three rule elements, its inputs, parameters,
/// legal basis and department, and its rules as queries the database runs. Subclasses live one per file in
/// <c>Models/</c> and are listed in <see cref="ModelCatalogue"/>.
/// </summary>
public abstract class SupervisionModel
{
    /// <summary>The catalogue id, e.g. <c>M01</c>.</summary>
    public abstract string Id { get; }

    /// <summary>Raised whenever a rule or default changes, so clues say which rules produced them.</summary>
    public abstract int Version { get; }

    /// <summary>Chinese title as practitioners name the model.</summary>
    public abstract string TitleZh { get; }

    /// <summary>English title.</summary>
    public abstract string TitleEn { get; }

    /// <summary>监督专项, 重点监督领域, 监督点.</summary>
    public abstract RuleElements Elements { get; }

    /// <summary>The data-set entity types the rules read.</summary>
    public abstract IReadOnlyList<Type> Inputs { get; }

    /// <summary>The typed parameters a run may override.</summary>
    public virtual IReadOnlyList<ModelParameter> Parameters => [];

    /// <summary>The laws and articles the clue rests on.</summary>
    public abstract IReadOnlyList<LegalBasis> LegalBasis { get; }

    /// <summary>The department a clue goes to (归口).</summary>
    public abstract string ResponsibleDepartment { get; }

    /// <summary>
    /// The lawful basis for reading sealed juvenile records (DOMAIN.md §6.2-6), or <c>null</c>: the model never sees
    /// them, and the runner refuses a hit on a sealed row.
    /// </summary>
    public virtual string? SealedRowsBasis => null;

    /// <summary>The priority its clues start with (<c>NORMAL</c> or <c>HIGH</c>), until triage sets another.</summary>
    public virtual string Priority => "NORMAL";

    /// <summary>Title and summary of its clues.</summary>
    public abstract ClueTemplate Template { get; }

    /// <summary>The rules: each an id, what it finds, the fields it matches, and the query that finds it.</summary>
    public abstract IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments);

    /// <summary>The data-set names of <see cref="Inputs"/>.</summary>
    public IReadOnlyList<string> InputNames => Inputs.Select(DataSetName).ToArray();

    /// <summary>The data-set name of <typeparamref name="T"/>, for a rule's evidence.</summary>
    protected static string DataSet<T>() => DataSetName(typeof(T));

    /// <summary>The data-set name of an entity type (its table).</summary>
    public static string DataSetName(Type entity) => entity.GetCustomAttribute<DataSetAttribute>()?.Name
        ?? throw new ArgumentException($"{entity.Name} is not a shared data set.", nameof(entity));
}
