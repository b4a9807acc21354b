using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Lake;
using Hub.Data.Model.Reference;
using Hub.Data.Model.Shared;

namespace Hub.Privacy;

/// <summary>
/// The served types of shared data and their personal fields. Every personal field is masked by default; the scope
/// catalogue must list it under <c>masked</c> in the read scopes and grant it unmasked only in a reveal scope.
/// </summary>
public static class SharedDataTypes
{
    public static SharedDataType Person { get; } = new SharedDataType("Person", typeof(Person))
        .Personal("idNumber", PersonalDataKind.IdNumber)
        .Computed<Person>("birthYear", p => AgeBands.Of(p.BirthDate, AgeBands.Today()) == AgeBand.Adult ? p.BirthDate.Year : null)
        .Computed<Person>("ageBand", p => AgeBands.Of(p.BirthDate, AgeBands.Today()));

    public static SharedDataType Organization { get; } = new SharedDataType("Organization", typeof(OrganizationProfile))
        .Personal("legalRepresentativeIdNumber", PersonalDataKind.IdNumber)
        .Personal("address", PersonalDataKind.Address);

    public static SharedDataType AdministrativePenalty { get; } = new SharedDataType("AdministrativePenalty", typeof(AdministrativePenalty))
        .Personal("personIdNumber", PersonalDataKind.IdNumber)
        .Personal("personName", PersonalDataKind.Name)
        .Personal("factsText", PersonalDataKind.FreeText);

    public static SharedDataType CaseIntake { get; } = new SharedDataType("CaseIntake", typeof(CaseIntake))
        .Personal("suspectIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType CaseTransfer { get; } = new SharedDataType("CaseTransfer", typeof(CaseTransfer))
        .Personal("suspectIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType CoerciveMeasure { get; } = new SharedDataType("CoerciveMeasure", typeof(CoerciveMeasure))
        .Personal("personIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType CriminalJudgment { get; } = new SharedDataType("CriminalJudgment", typeof(CriminalJudgment))
        .Personal("defendantIdNumber", PersonalDataKind.IdNumber)
        .Personal("defendantName", PersonalDataKind.Name);

    public static SharedDataType NonProsecution { get; } = new SharedDataType("NonProsecution", typeof(NonProsecution))
        .Personal("personIdNumber", PersonalDataKind.IdNumber)
        .Personal("factsText", PersonalDataKind.FreeText)
        .InCase("sppCaseId");

    public static SharedDataType CommunityCorrection { get; } = new SharedDataType("CommunityCorrection", typeof(CommunityCorrection))
        .Personal("personIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType JudicialAuction { get; } = new("JudicialAuction", typeof(JudicialAuction));

    public static SharedDataType StaffRosterEntry { get; } = new SharedDataType("StaffRosterEntry", typeof(StaffRosterEntry))
        .Personal("idNumber", PersonalDataKind.IdNumber)
        .Personal("name", PersonalDataKind.Name);

    public static SharedDataType SocialAssistanceEntry { get; } = new SharedDataType("SocialAssistanceEntry", typeof(SocialAssistanceEntry))
        .Personal("idNumber", PersonalDataKind.IdNumber);

    public static SharedDataType DisabilityRegistration { get; } = new SharedDataType("DisabilityRegistration", typeof(DisabilityRegistration))
        .Personal("idNumber", PersonalDataKind.IdNumber)
        .Personal("certificateNo", PersonalDataKind.IdNumber);

    public static SharedDataType EnvironmentalTaxDeclaration { get; } = new("EnvironmentalTaxDeclaration", typeof(EnvironmentalTaxDeclaration));

    // The respondent first: the subject whose age decides whether the names are a minor's.
    public static SharedDataType PoliceDispatch { get; } = new SharedDataType("PoliceDispatch", typeof(PoliceDispatch))
        .Personal("respondentIdNumber", PersonalDataKind.IdNumber)
        .Personal("respondentName", PersonalDataKind.Name)
        .Personal("callerIdNumber", PersonalDataKind.IdNumber)
        .Personal("callerName", PersonalDataKind.Name)
        .Personal("address", PersonalDataKind.Address)
        .Personal("text", PersonalDataKind.FreeText);

    public static SharedDataType DomesticViolenceWarning { get; } = new SharedDataType("DomesticViolenceWarning", typeof(DomesticViolenceWarning))
        .Personal("abuserIdNumber", PersonalDataKind.IdNumber)
        .Personal("victimIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType DrugRehabDecision { get; } = new SharedDataType("DrugRehabDecision", typeof(DrugRehabDecision))
        .Personal("personIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType WageComplaint { get; } = new SharedDataType("WageComplaint", typeof(WageComplaint))
        .Personal("complainantIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType WagePaymentOrder { get; } = new("WagePaymentOrder", typeof(WagePaymentOrder));

    public static SharedDataType School { get; } = new("School", typeof(School));

    public static SharedDataType BenefitPayment { get; } = new SharedDataType("BenefitPayment", typeof(BenefitPayment))
        .Personal("idNumber", PersonalDataKind.IdNumber);

    public static SharedDataType DeathRegistration { get; } = new SharedDataType("DeathRegistration", typeof(DeathRegistration))
        .Personal("idNumber", PersonalDataKind.IdNumber);

    public static SharedDataType CustodyRecord { get; } = new SharedDataType("CustodyRecord", typeof(CustodyRecord))
        .Personal("personIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType CorrectionEvent { get; } = new SharedDataType("CorrectionEvent", typeof(CorrectionEvent))
        .Personal("text", PersonalDataKind.FreeText);

    public static SharedDataType CaseParty { get; } = new SharedDataType("CaseParty", typeof(CaseParty))
        .Personal("idNumber", PersonalDataKind.IdNumber)
        .Personal("name", PersonalDataKind.Name);

    public static SharedDataType ProcuratorateCase { get; } = new("ProcuratorateCase", typeof(ProcuratorateCase));

    public static SharedDataType ArrestProsecutionReview { get; } = new SharedDataType("ArrestProsecutionReview", typeof(ArrestProsecutionReview))
        .Personal("personIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType ProsecutorialOpinion { get; } = new("ProsecutorialOpinion", typeof(ProsecutorialOpinion));

    public static SharedDataType HotlineTicket { get; } = new SharedDataType("HotlineTicket", typeof(HotlineTicket))
        .Personal("address", PersonalDataKind.Address)
        .Personal("content", PersonalDataKind.FreeText)
        .Personal("reply", PersonalDataKind.FreeText);

    public static SharedDataType GridEvent { get; } = new SharedDataType("GridEvent", typeof(GridEvent))
        .Personal("address", PersonalDataKind.Address)
        .Personal("description", PersonalDataKind.FreeText);

    public static SharedDataType PovertyRegistration { get; } = new SharedDataType("PovertyRegistration", typeof(PovertyRegistration))
        .Personal("idNumber", PersonalDataKind.IdNumber);

    public static SharedDataType LegalThreshold { get; } = new("LegalThreshold", typeof(LegalThreshold));

    public static SharedDataType ChargeAdministrativeViolation { get; } = new("ChargeAdministrativeViolation", typeof(ChargeAdministrativeViolation));

    public static SharedDataType LakeHit { get; } = new("LakeHit", typeof(LakeHit));

    public static SharedDataType MarketEntity { get; } = new SharedDataType("MarketEntity", typeof(MarketEntity))
        .Personal("legalRepIdNumber", PersonalDataKind.IdNumber)
        .Personal("address", PersonalDataKind.Address);

    public static SharedDataType DischargePermit { get; } = new("DischargePermit", typeof(DischargePermit));

    // The respondent first: the subject whose age decides whether the numbers are a minor's.
    public static SharedDataType ProtectionOrder { get; } = new SharedDataType("ProtectionOrder", typeof(ProtectionOrder))
        .Personal("respondentIdNumber", PersonalDataKind.IdNumber)
        .Personal("applicantIdNumber", PersonalDataKind.IdNumber);

    public static SharedDataType EnforcementCase { get; } = new SharedDataType("EnforcementCase", typeof(EnforcementCase))
        .Personal("respondentIdNumber", PersonalDataKind.IdNumber);

    /// <summary>Every served type.</summary>
    public static IReadOnlyList<SharedDataType> All { get; } =
    [
        Person, Organization, AdministrativePenalty, CaseIntake, CaseTransfer, CoerciveMeasure, CriminalJudgment,
        NonProsecution, CommunityCorrection, JudicialAuction, StaffRosterEntry, SocialAssistanceEntry, DisabilityRegistration,
        EnvironmentalTaxDeclaration, PoliceDispatch, DomesticViolenceWarning, DrugRehabDecision, WageComplaint, WagePaymentOrder,
        School, BenefitPayment, DeathRegistration,
        CustodyRecord, CorrectionEvent, CaseParty, ProcuratorateCase, ArrestProsecutionReview, ProsecutorialOpinion, HotlineTicket,
        GridEvent, PovertyRegistration, LegalThreshold, ChargeAdministrativeViolation, LakeHit, MarketEntity, DischargePermit,
        ProtectionOrder, EnforcementCase,
    ];

    /// <summary>Every personal field of every served type.</summary>
    public static IReadOnlyList<PersonalField> PersonalFields { get; } = All.SelectMany(t => t.PersonalFields).ToList();
}
