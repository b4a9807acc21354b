using Hub.Data.Keys;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// A hub on PostgreSQL with, besides <see cref="SharedDataRows"/>, one or two rows of every data set that had no list
/// before issue 14: custody (and a sealed custody row), community-correction events, procuratorate cases with their
/// parties, a non-prosecution decision whose facts name them, reviews and opinions, hotline tickets, grid events, the poverty registry, legal thresholds, the charge
/// mapping, lake hits, discharge permits, and two discipline sanctions (served only as a yes or no).
/// </summary>
public sealed class CaseLakeAndReferenceDataFixture() : ExtraRowsFixture(ReadScopes)
{
    public const string ReadScopes = "persons.read organizations.read enforcement.read judicial.read registries.read lake.read reference.read";
    public const string VictimName = "刘晓红";
    public const string TicketAddress = "湖南省醴陵市阳三石街道白兔潭社区建设路8号";
    public const string TicketContent = "投诉人13912345678反映学校门口流动摊贩售卖三无食品";
    public const string Company = SharedDataRows.CompanyUscc;

    /// <summary>Facts that name both parties of the case, the victim once with a space inside the name.</summary>
    public const string NonProsecutionFacts = $"犯罪嫌疑人赵大勇因琐事殴打被害人{VictimName}致其重伤，刘 晓红（电话13912345678）报警";

    public static string Detainee { get; } = IdNumber("43028119750606123");

    public static string Victim { get; } = IdNumber("43028119880808124");

    public static string Sanctioned { get; } = IdNumber("43028119700707125");

    /// <inheritdoc />
    protected override IEnumerable<(string DataSet, string[] Lines)> Files() =>
    [
        ("custody_in_out",
        [
            "source_agency,source_record_id,facility_type,facility_code,person_id_number,in_date,out_date,in_reason,out_reason,sealed",
            $"PSB,K-1,看守所,KSS430281,{Detainee},2025-02-01,2025-02-28,刑事拘留,取保候审,false",
            $"PSB,K-2,拘留所,JLS430281,{Detainee},2025-05-10,,行政拘留,,false",
            $"PSB,K-3,看守所,KSS430281,{Detainee},2025-06-01,,逮捕,,true",
        ]),
        ("cc_event",
        [
            "source_agency,source_record_id,cc_id,event_type,event_date,text",
            $"JUSTICE,E-1,CC-0001,警告,2025-03-15,矫正对象（身份证号{Detainee}）未按规定报到",
        ]),
        ("spp_case",
        [
            "source_agency,source_record_id,spp_case_id,charges,incident_date,stage,handling_dept",
            "SPP,SC-1,SPP-2025-0001,故意伤害罪|寻衅滋事罪,2025-01-20,审查起诉,刑事检察部门",
        ]),
        ("case_party",
        [
            "source_agency,source_record_id,spp_case_id,role,id_number,name,injury,loss_amount,compensation_received",
            $"SPP,CP-1,SPP-2025-0001,犯罪嫌疑人,{Detainee},赵大勇,,,",
            $"SPP,CP-2,SPP-2025-0001,被害人,{Victim},{VictimName},重伤,86000.00,0.00",
        ]),
        ("non_prosecution",
        [
            "source_agency,source_record_id,spp_doc_no,spp_case_id,person_id_number,charges,np_type,decision_date,facts_text",
            $"SPP,NP-1,醴检刑不诉〔2025〕9号,SPP-2025-0001,{Detainee},故意伤害罪,DISCRETIONARY,2025-04-10,{NonProsecutionFacts}",
        ]),
        ("arrest_prosecution_review",
        [
            "source_agency,source_record_id,spp_case_id,person_id_number,review_type,received_date,decision",
            $"SPP,AR-1,SPP-2025-0001,{Detainee},审查逮捕,2025-02-05,批准逮捕",
        ]),
        ("prosecutorial_opinion",
        [
            "source_agency,source_record_id,instrument_no,instrument_type,addressee_agency,related_spp_case_id,issued_date,reply_due_date,reply_date,result",
            "SPP,OP-1,醴检建〔2025〕5号,检察建议,醴陵市市场监督管理局,SPP-2025-0001,2025-04-01,2025-06-01,2025-05-20,已采纳",
        ]),
        ("hotline_ticket",
        [
            "source_agency,source_record_id,ticket_id,received_at,channel,complainant_phone_hash,address,category,content,handling_dept,reply,status",
            $"HOTLINE,T-1,12345-0001,2025-03-02T09:15:00+08:00,电话,9f2c1e,{TicketAddress},食品安全,{TicketContent},市场监管局,已联系执法队处理,已办结",
        ]),
        ("grid_event",
        [
            "source_agency,source_record_id,event_id,grid_code,reported_at,event_type,description,address,status,handler",
            $"GRID,G-1,GE-0001,430281-007,2025-03-03T16:40:00+08:00,消防隐患,楼道内电动车充电，飞线至三楼,{TicketAddress},处理中,网格员周敏",
        ]),
        ("poverty_registry",
        [
            "source_agency,source_record_id,id_number,household_id,status",
            $"RURAL,PV-1,{Victim},HH-0001,脱贫不稳定户",
        ]),
        ("legal_threshold",
        [
            "source_agency,source_record_id,topic,region_prefix,value,unit,valid_from,valid_to,legal_source,source_url",
            "SPP,LT-1,盗窃-数额较大,43,2000.00,元,2014-01-01,,湘高法〔2013〕,",
        ]),
        ("charge_to_admin_violation",
        [
            "source_agency,source_record_id,charge_name,agency,law,article,notes",
            "SPP,CM-1,盗窃罪,PSB,治安管理处罚法,49,",
        ]),
        ("lake_hit",
        [
            "source_agency,source_record_id,hit_id,model_id,rule_version,text_data_set,text_agency,text_record_id,text_field,matched_terms,offsets,hit_date,resolved_uscc,resolved_address,geo,resolution_confidence",
            $"HUB,H-1,HIT-0001,M08,2,hotline_ticket,HOTLINE,T-1,content,学校|三无食品,15:2|26:4,2025-03-02,{Company},白兔潭社区建设路8号,\"27.6500,113.5000\",0.85",
        ]),
        ("discharge_permit",
        [
            "source_agency,source_record_id,permit_no,entity_uscc,industry_code,pollutants,valid_from,valid_to,status",
            $"ECO,DP-1,914302811234567890001P,{Company},C2614,COD|氨氮,2023-01-01,2027-12-31,有效",
        ]),
        ("discipline_sanction",
        [
            "source_agency,source_record_id,id_number,sanction_kind,sanction,decision_date",
            $"DISCIPLINE,DS-1,{Sanctioned},政务,记过,2024-09-01",
        ]),
    ];

    private static string IdNumber(string first17) => first17 + CitizenIdNumber.CheckCharacter(first17);
}
