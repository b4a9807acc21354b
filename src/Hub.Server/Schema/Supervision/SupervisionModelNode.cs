using Hub.Supervision.Catalogue;

namespace Hub.Server.Schema.Supervision;

/// <summary>A catalogue model as GraphQL serves it.</summary>
public sealed class SupervisionModelNode(SupervisionModel model)
{
    /// <summary>The catalogue model, for <c>matches</c>.</summary>
    public SupervisionModel Model => model;

    public string Id => model.Id;

    public int Version => model.Version;

    public string TitleZh => model.TitleZh;

    public string TitleEn => model.TitleEn;

    public RuleElements Elements => model.Elements;

    public IReadOnlyList<string> Inputs => model.InputNames;

    public IReadOnlyList<ModelParameter> Parameters => model.Parameters;

    public IReadOnlyList<LegalBasis> LegalBasis => model.LegalBasis;

    public string ResponsibleDepartment => model.ResponsibleDepartment;

    public string? SealedRowsBasis => model.SealedRowsBasis;
}
