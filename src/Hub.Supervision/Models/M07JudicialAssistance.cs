using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M07 司法救助 两库四比对 (DOMAIN.md §3 M07): victims of the listed charges, seriously harmed or with a large loss
/// and not compensated, who are in the poverty registry, on a 低保/特困 roster valid at the as-of date, in the
/// disability registry, or were minors at the incident. Household expansion (DOMAIN.md: "also compare other members of
/// the same household_id (dependants of a deceased victim)"): such a victim, of an injury in <c>householdInjuries</c>
/// (default 死亡), whose household — the household_id of any of the victim's poverty-registry or assistance-roster
/// entries, current or not (a deceased person's 低保 ends) — has another member who meets one of the four comparisons.
/// Evidence: the victim's case-party row and the victim's and the members' household entries.
/// </summary>
public sealed class M07JudicialAssistance : SupervisionModel
{
    public override string Id => "M07";

    public override int Version => 2;

    public override string TitleZh => "司法救助线索（两库四比对）";

    public override string TitleEn => "Judicial-assistance clues (two libraries, four comparisons)";

    public override RuleElements Elements => new("司法救助", "困难被害人救助", "因案致困的弱势被害人");

    public override IReadOnlyList<Type> Inputs =>
        [typeof(CaseParty), typeof(ProcuratorateCase), typeof(PovertyRegistration), typeof(SocialAssistanceEntry), typeof(DisabilityRegistration)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("roles", ParameterKind.TextList, "case-party roles compared") { Default = "被害人|被害人近亲属" },
        new("assistanceCharges", ParameterKind.TextList, "charges whose victims may need assistance") { Default = "故意伤害罪|故意杀人罪|交通肇事罪|强奸罪|抢劫罪|诈骗罪|拒不支付劳动报酬罪" },
        new("seriousInjuries", ParameterKind.TextList, "injuries that qualify whatever the loss") { Default = "重伤|死亡|严重残疾" },
        new("lossMin", ParameterKind.Decimal, "loss (yuan) that qualifies without a serious injury (ILLUSTRATIVE)") { Default = "50000", Minimum = 0 },
        new("compensationMin", ParameterKind.Decimal, "compensation (yuan) below which the victim counts as uncompensated (ILLUSTRATIVE)") { Default = "10000", Minimum = 0 },
        new("householdInjuries", ParameterKind.TextList, "victims' injuries for which the other members of the victim's household are compared (dependants of a deceased victim)") { Default = "死亡" },
        new("adultAge", ParameterKind.Integer, "age from which a victim is no longer a minor") { Default = "18", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("人民检察院开展国家司法救助工作细则", "第7条", "受到犯罪侵害致重伤或严重残疾、因案致困的当事人应予救助"),
        new("关于建立完善国家司法救助制度的意见(试行)", "", "救助金一般不超过36个月的工资总额"),
    ];

    public override string ResponsibleDepartment => "控告申诉检察部门";

    public override string? SealedRowsBasis => "未成年被害人是司法救助的重点对象（国家司法救助工作细则）；其案件记录为办理救助所必需，只用于救助，不向被通报机关披露。";

    public override ClueTemplate Template => new(
        "司法救助线索：被害人 {subject}",
        "截至{asOf}，被害人 {subject} 因案受到严重损害且未获赔偿，并在弱势群体库中（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var roles = arguments.Words("roles");
        var charges = arguments.Words("assistanceCharges");
        var injuries = arguments.Words("seriousInjuries");
        var lossMin = arguments.Number("lossMin");
        var compensationMin = arguments.Number("compensationMin");
        var adult = arguments.Integer("adultAge");
        var cases = data.Set<ProcuratorateCase>();
        var poverty = data.Set<PovertyRegistration>();
        var roster = data.Set<SocialAssistanceEntry>().Where(r => r.ValidFrom <= asOf && (r.ValidTo == null || r.ValidTo >= asOf));
        var disabled = data.Set<DisabilityRegistration>();
        var persons = data.Persons;
        var victims = data.Set<CaseParty>().Where(p => p.IdNumber != null && roles.Contains(p.Role)
            && ((p.Injury != null && injuries.Contains(p.Injury)) || p.LossAmount >= lossMin)
            && (p.CompensationReceived ?? 0) < compensationMin
            && cases.Any(c => c.SppCaseId == p.SppCaseId && charges.Any(ch => ("|" + c.Charges + "|").Contains("|" + ch + "|"))));
        var needy = victims.Where(p => poverty.Any(r => r.IdNumber == p.IdNumber)
            || roster.Any(r => r.IdNumber == p.IdNumber)
            || disabled.Any(r => r.IdNumber == p.IdNumber)
            || cases.Any(c => c.SppCaseId == p.SppCaseId && c.IncidentDate != null
                && persons.Any(person => person.IdNumber == p.IdNumber && person.BirthDate.AddYears(adult) > c.IncidentDate)));

        // Household expansion: the victim's household entries (any validity) and the other members of those households
        // who meet a comparison. The registries' household ids are compared, never names or addresses.
        var householdInjuries = arguments.Words("householdInjuries");
        var links = HouseholdLinks(data);
        var dependants =
            from p in victims.Where(p => p.Injury != null && householdInjuries.Contains(p.Injury))
            join own in links on p.IdNumber equals own.IdNumber
            join member in links on own.HouseholdId equals member.HouseholdId
            where member.IdNumber != p.IdNumber
                && (poverty.Any(r => r.IdNumber == member.IdNumber)
                    || roster.Any(r => r.IdNumber == member.IdNumber)
                    || disabled.Any(r => r.IdNumber == member.IdNumber)
                    || cases.Any(c => c.SppCaseId == p.SppCaseId && c.IncidentDate != null
                        && persons.Any(person => person.IdNumber == member.IdNumber && person.BirthDate.AddYears(adult) > c.IncidentDate)))
            select new { Victim = p, own.HouseholdId, Member = member.IdNumber };

        return
        [
            new("M07-household", "已死亡被害人的同户家庭成员在贫困、低保特困、残疾库中或为未成年人", SubjectType.Person, DataSet<CaseParty>(),
                ["role", "injury", "loss_amount", "compensation_received", "household_id"],
                dependants.Select(d => d.Victim).Select(p => new EvidenceRow { SubjectKey = p.IdNumber!, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed })),
            HouseholdEntries<PovertyRegistration>("M07-household-poverty", data, dependants.Select(d => new HouseholdHit { Victim = d.Victim.IdNumber!, HouseholdId = d.HouseholdId, Member = d.Member })),
            HouseholdEntries<SocialAssistanceEntry>("M07-household-roster", data, dependants.Select(d => new HouseholdHit { Victim = d.Victim.IdNumber!, HouseholdId = d.HouseholdId, Member = d.Member })),
            new("M07-a", "严重受损未获赔偿的被害人在贫困、低保特困、残疾库中或为未成年人", SubjectType.Person, DataSet<CaseParty>(),
                ["role", "injury", "loss_amount", "compensation_received", "poverty_registry|assistance_roster|disability_registry|birth_date"],
                needy.Select(p => new EvidenceRow { SubjectKey = p.IdNumber!, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed })),
        ];
    }

    /// <summary>Who belongs to which household, by the two household-based registries.</summary>
    private static IQueryable<HouseholdLink> HouseholdLinks(HubDataContext data) =>
        data.Set<PovertyRegistration>().Where(e => e.HouseholdId != null).Select(e => new HouseholdLink { IdNumber = e.IdNumber, HouseholdId = e.HouseholdId! })
            .Concat(data.Set<SocialAssistanceEntry>().Where(e => e.HouseholdId != null).Select(e => new HouseholdLink { IdNumber = e.IdNumber, HouseholdId = e.HouseholdId! }));

    /// <summary>The entries of one household registry that prove a household hit: the victim's and the member's.</summary>
    private static ModelRule HouseholdEntries<T>(string id, HubDataContext data, IQueryable<HouseholdHit> hits)
        where T : HouseholdRegistryEntry =>
        new(id, "同户关系与家庭成员的比对结果", SubjectType.Person, DataSet<T>(), ["id_number", "household_id"],
            from h in hits
            join e in data.Set<T>() on h.HouseholdId equals e.HouseholdId
            where e.IdNumber == h.Victim || e.IdNumber == h.Member
            select new EvidenceRow { SubjectKey = h.Victim, SourceAgency = e.SourceAgency, SourceRecordId = e.SourceRecordId, IngestedAt = e.IngestedAt, Sealed = e.Sealed });

    /// <summary>A person's membership of a household.</summary>
    private sealed class HouseholdLink
    {
        public string IdNumber { get; init; } = "";

        public string HouseholdId { get; init; } = "";
    }

    /// <summary>A victim, the household compared, and the member who met a comparison.</summary>
    private sealed class HouseholdHit
    {
        public string Victim { get; init; } = "";

        public string HouseholdId { get; init; } = "";

        public string Member { get; init; } = "";
    }
}
