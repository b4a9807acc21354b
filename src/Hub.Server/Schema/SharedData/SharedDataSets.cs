using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Lake;
using Hub.Data.Model.Reference;

namespace Hub.Server.Schema.SharedData;

/// <summary>The data sets served as lists on <c>Query</c>, each with its main date and the keys it can be filtered by.</summary>
public static class SharedDataSets
{
    public static IReadOnlyList<ISharedDataSet> All { get; } =
    [
        new SharedDataSet<AdministrativePenalty>("administrativePenalties", SharedDataTypes.AdministrativePenalty,
            r => r.DecisionDate, r => r.PersonIdNumber, r => r.EntityUscc),
        new SharedDataSet<CaseIntake>("caseIntakes", SharedDataTypes.CaseIntake, r => r.AcceptedDate, r => r.SuspectIdNumber),
        new SharedDataSet<CaseTransfer>("caseTransfers", SharedDataTypes.CaseTransfer,
            r => r.ReportDate ?? r.SentDate ?? DateOnly.MinValue, r => r.SuspectIdNumber, r => r.EntityUscc),
        new SharedDataSet<CoerciveMeasure>("coerciveMeasures", SharedDataTypes.CoerciveMeasure, r => r.StartDate, r => r.PersonIdNumber),
        new SharedDataSet<CriminalJudgment>("criminalJudgments", SharedDataTypes.CriminalJudgment, r => r.JudgmentDate, r => r.DefendantIdNumber),
        new SharedDataSet<NonProsecution>("nonProsecutions", SharedDataTypes.NonProsecution, r => r.DecisionDate, r => r.PersonIdNumber),
        new SharedDataSet<CommunityCorrection>("communityCorrections", SharedDataTypes.CommunityCorrection, r => r.CorrectionStart, r => r.PersonIdNumber),
        new SharedDataSet<JudicialAuction>("judicialAuctions", SharedDataTypes.JudicialAuction, r => r.AnnounceDate),
        new SharedDataSet<StaffRosterEntry>("staffRoster", SharedDataTypes.StaffRosterEntry, r => r.EntryDate, r => r.IdNumber, r => r.EmployerUscc),
        new SharedDataSet<SocialAssistanceEntry>("socialAssistance", SharedDataTypes.SocialAssistanceEntry, r => r.ValidFrom, r => r.IdNumber),
        new SharedDataSet<DisabilityRegistration>("disabilityRegistry", SharedDataTypes.DisabilityRegistration, date: null, r => r.IdNumber),
        new SharedDataSet<EnvironmentalTaxDeclaration>("environmentalTaxDeclarations", SharedDataTypes.EnvironmentalTaxDeclaration,
            r => r.DeclaredDate, organization: r => r.EntityUscc),
        // A timestamp is not a date range key: newest delivered first.
        new SharedDataSet<PoliceDispatch>("policeDispatches", SharedDataTypes.PoliceDispatch, date: null, r => r.RespondentIdNumber),
        new SharedDataSet<DomesticViolenceWarning>("domesticViolenceWarnings", SharedDataTypes.DomesticViolenceWarning, r => r.IssuedDate, r => r.AbuserIdNumber),
        new SharedDataSet<DrugRehabDecision>("drugRehabDecisions", SharedDataTypes.DrugRehabDecision, r => r.DecisionDate, r => r.PersonIdNumber),
        new SharedDataSet<WageComplaint>("wageComplaints", SharedDataTypes.WageComplaint, r => r.ReceivedDate, r => r.ComplainantIdNumber, r => r.EmployerUscc),
        new SharedDataSet<WagePaymentOrder>("wagePaymentOrders", SharedDataTypes.WagePaymentOrder, r => r.IssuedDate, organization: r => r.EmployerUscc),
        new SharedDataSet<School>("schools", SharedDataTypes.School, date: null),
        new SharedDataSet<BenefitPayment>("benefitPayments", SharedDataTypes.BenefitPayment, r => r.PayMonth, r => r.IdNumber),
        new SharedDataSet<DeathRegistration>("deathRegistry", SharedDataTypes.DeathRegistration, r => r.DeathDate, r => r.IdNumber),
        new SharedDataSet<CustodyRecord>("custodyRecords", SharedDataTypes.CustodyRecord, r => r.InDate, r => r.PersonIdNumber),
        new SharedDataSet<CorrectionEvent>("correctionEvents", SharedDataTypes.CorrectionEvent, r => r.EventDate),
        new SharedDataSet<CaseParty>("caseParties", SharedDataTypes.CaseParty, date: null, r => r.IdNumber),
        new SharedDataSet<ProcuratorateCase>("procuratorateCases", SharedDataTypes.ProcuratorateCase, r => r.IncidentDate ?? DateOnly.MinValue),
        new SharedDataSet<ArrestProsecutionReview>("arrestProsecutionReviews", SharedDataTypes.ArrestProsecutionReview,
            r => r.ReceivedDate, r => r.PersonIdNumber),
        new SharedDataSet<ProsecutorialOpinion>("prosecutorialOpinions", SharedDataTypes.ProsecutorialOpinion, r => r.IssuedDate),
        new SharedDataSet<HotlineTicket>("hotlineTickets", SharedDataTypes.HotlineTicket, date: null),
        new SharedDataSet<GridEvent>("gridEvents", SharedDataTypes.GridEvent, date: null),
        new SharedDataSet<PovertyRegistration>("povertyRegistry", SharedDataTypes.PovertyRegistration, date: null, r => r.IdNumber),
        new SharedDataSet<LegalThreshold>("legalThresholds", SharedDataTypes.LegalThreshold, r => r.ValidFrom),
        new SharedDataSet<ChargeAdministrativeViolation>("chargeAdministrativeViolations", SharedDataTypes.ChargeAdministrativeViolation, date: null),
        new SharedDataSet<LakeHit>("lakeHits", SharedDataTypes.LakeHit, r => r.HitDate, organization: r => r.ResolvedUscc),
        new SharedDataSet<MarketEntity>("marketEntities", SharedDataTypes.MarketEntity,
            r => r.RegisteredDate ?? DateOnly.MinValue, r => r.LegalRepIdNumber, r => r.Uscc),
        new SharedDataSet<DischargePermit>("dischargePermits", SharedDataTypes.DischargePermit, r => r.ValidFrom, organization: r => r.EntityUscc),
        new SharedDataSet<ProtectionOrder>("protectionOrders", SharedDataTypes.ProtectionOrder, r => r.IssuedDate, r => r.RespondentIdNumber),
        new SharedDataSet<EnforcementCase>("enforcementCases", SharedDataTypes.EnforcementCase, r => r.StatusDate ?? DateOnly.MinValue,
            r => r.RespondentIdNumber, r => r.RespondentUscc),
    ];

    /// <summary>The data sets by their import name (<c>admin_penalty</c>), as clue evidence cites them.</summary>
    public static IReadOnlyDictionary<string, ISharedDataSet> ByDataSetName { get; } = All.ToDictionary(d => d.DataSetName, StringComparer.Ordinal);

    /// <summary>The data sets by their GraphQL type name (<c>AdministrativePenalty</c>), as global ids name them.</summary>
    public static IReadOnlyDictionary<string, ISharedDataSet> ByTypeName { get; } = All.ToDictionary(d => d.Type.Name, StringComparer.Ordinal);

    /// <summary>The data sets by the CLR type of their rows.</summary>
    public static IReadOnlyDictionary<Type, ISharedDataSet> ByRecordType { get; } = All.ToDictionary(d => d.Type.RecordType);
}
