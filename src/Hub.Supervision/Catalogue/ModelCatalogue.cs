using Hub.Supervision.Models;

namespace Hub.Supervision.Catalogue;

/// <summary>The built-in models. Adding a model: write its class in <c>Models/</c> and add one line here.</summary>
public static class ModelCatalogue
{
    /// <summary>Every built-in model, in catalogue order.</summary>
    public static IReadOnlyList<SupervisionModel> All { get; } =
    [
        new M01AdministrativePenaltyInsteadOfProsecution(),
        new M02CasesThatShouldHaveBeenFiled(),
        new M03NoAdministrativePenaltyAfterNonProsecution(),
        new M04EnvironmentalTaxNotCollected(),
        new M05StaffWithCriminalRecordsNotDisciplined(),
        new M06ExplosivesProbationersOffendingAgain(),
        new M07JudicialAssistance(),
        new M08FoodSafetyAroundSchools(),
        new M09EbikeChargingInResidentialAreas(),
        new M10WomensRightsProtection(),
        new M11CriminalDetentionsFlowingDownward(),
        new M12DrugRehabDetaineesWithShortSentences(),
        new M13OnlineJudicialAuctions(),
        new M14SupportingWageClaimants(),
        new M15BenefitsPaidToDeceasedOrImprisoned(),
    ];

    /// <summary>The model with this id (case-insensitive), or an error naming the id.</summary>
    public static SupervisionModel Find(string id) =>
        All.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase)) ?? throw new UnknownModelException(id);
}
