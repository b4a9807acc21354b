using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Shared;
using Hub.Identity.Audit;
using Hub.Identity.Tokens;
using Hub.Server.Privacy;
using Hub.Server.Schema.SharedData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Server.Tests.Bench;

/// <summary>
/// The baseline of the linked data-path comparison (issue 17's realistic query): a minimal API endpoint, written by
/// hand, that does what the hub does for <see cref="Query"/> and nothing else, one statement after the other: the
/// page query (newest first, the rows the caller may see, one row more than asked, the columns the hub's projection
/// reads), the count, the persons the page names, their criminal judgments (the rows the caller may see, newest
/// first), then the request's three audit records in one insert through the hub's <see cref="SharedDataAudit"/>, and
/// the same JSON (names masked as the hub masks them without a reveal). It shares the hub's database services and so
/// its connection pool. It checks no token: it is the floor the hub is measured against.
/// </summary>
public static class HandWrittenLinkedPenaltiesEndpoint
{
    /// <summary>The query the hub answers and this endpoint imitates.</summary>
    public const string Query =
        "{ administrativePenalties(first: 20) { totalCount nodes { decisionNo personName person { criminalJudgments { courtCaseNo } } } } }";

    /// <summary>The scopes of the token the hub is asked with (no reveal: names are masked).</summary>
    public static readonly string[] Scopes = ["persons.read", "enforcement.read", "judicial.read"];

    private const int First = 20;
    /// <summary>Starts the endpoint on a free 127.0.0.1 port over the hub's services; <paramref name="caller"/> is who the audit names.</summary>
    public static Task<HandWrittenEndpoint> StartAsync(IServiceProvider hub, ClaimsPrincipal caller)
    {
        var database = hub.GetRequiredService<HubDatabase>();
        var audit = hub.GetRequiredService<SharedDataAudit>();
        var trail = hub.GetRequiredService<AuditTrail>();
        var who = caller.AsCaller();
        var visibility = hub.GetRequiredService<RowVisibilityPolicy>().For(who);
        var listArguments = new Dictionary<string, object?> { ["first"] = First };
        IReadOnlySet<string> listSelected = new HashSet<string>(StringComparer.Ordinal)
        {
            "AdministrativePenalty.decisionNo", "AdministrativePenalty.personName", "AdministrativePenalty.person",
        };
        IReadOnlySet<string> personSelected = new HashSet<string>(StringComparer.Ordinal) { "Person.criminalJudgments" };
        IReadOnlySet<string> judgmentSelected = new HashSet<string>(StringComparer.Ordinal) { "CriminalJudgment.courtCaseNo" };
        return HandWrittenEndpoint.StartAsync(async context =>
        {
            var aborted = context.RequestAborted;
            await using var db = database.CreateContext();
            var rows = await visibility.Of<AdministrativePenalty>(db)
                .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
                .Select(r => new AdministrativePenalty
                {
                    DecisionNo = r.DecisionNo,
                    PersonIdNumber = r.PersonIdNumber,
                    PersonName = r.PersonName,
                    Id = r.Id,
                    SourceAgency = r.SourceAgency,
                    SourceRecordId = r.SourceRecordId,
                })
                .Skip(0).Take(First + 1).ToListAsync(aborted);
            var page = rows.Take(First).ToList();
            var totalCount = await visibility.Of<AdministrativePenalty>(db).CountAsync(aborted);

            var personKeys = page.Select(r => r.PersonIdNumber).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var persons = personKeys.Count == 0
                ? []
                : (await db.Persons.AsNoTracking().Where(p => personKeys.Contains(p.IdNumber)).Select(p => new Person { IdNumber = p.IdNumber }).ToListAsync(aborted))
                    .ToDictionary(p => p.IdNumber, StringComparer.Ordinal);
            var judgmentKeys = personKeys.Where(persons.ContainsKey).ToArray();
            var judgments = judgmentKeys.Length == 0
                ? []
                : await visibility.Of<CriminalJudgment>(db).Where(r => judgmentKeys.Contains(r.DefendantIdNumber))
                    .OrderByDescending(r => r.JudgmentDate).ThenByDescending(r => r.Id)
                    .Select(r => new CriminalJudgment
                    {
                        CourtCaseNo = r.CourtCaseNo,
                        DefendantIdNumber = r.DefendantIdNumber,
                        Id = r.Id,
                        SourceAgency = r.SourceAgency,
                        SourceRecordId = r.SourceRecordId,
                    })
                    .ToListAsync(aborted);
            var judgmentsByPerson = judgments.ToLookup(r => r.DefendantIdNumber, StringComparer.Ordinal);

            var requestAudit = new RequestAudit(trail);
            audit.Record(requestAudit, who, "Query.administrativePenalties", listArguments, page, Disclosure.MaskAll, listSelected);
            if (personKeys.Count > 0)
            {
                audit.Record(requestAudit, who, "AdministrativePenalty.person", new Dictionary<string, object?> { ["keys"] = personKeys },
                    [.. persons.Values], Disclosure.MaskAll, personSelected);
            }

            if (judgmentKeys.Length > 0)
            {
                audit.Record(requestAudit, who, "Person.criminalJudgments", new Dictionary<string, object?> { ["idNumber"] = judgmentKeys },
                    judgments, Disclosure.MaskAll, judgmentSelected);
            }

            await requestAudit.WriteAsync(CancellationToken.None);

            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            // Unescaped UTF-8, as the hub writes it.
            await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartObject("administrativePenalties");
            json.WriteNumber("totalCount", totalCount);
            json.WriteStartArray("nodes");
            var today = AgeBands.Today();
            foreach (var row in page)
            {
                json.WriteStartObject();
                json.WriteString("decisionNo", row.DecisionNo);
                if (row.PersonName is { } name)
                {
                    json.WriteString("personName", PersonalDataMasking.IsMinor(row.PersonIdNumber, today) ? PersonalDataMasking.MinorName(name) : PersonalDataMasking.Name(name));
                }
                else
                {
                    json.WriteNull("personName");
                }

                if (row.PersonIdNumber is { } key && persons.ContainsKey(key))
                {
                    json.WriteStartObject("person");
                    json.WriteStartArray("criminalJudgments");
                    foreach (var judgment in judgmentsByPerson[key])
                    {
                        json.WriteStartObject();
                        json.WriteString("courtCaseNo", judgment.CourtCaseNo);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("person");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The principal the hub builds from a token of <paramref name="clientId"/> at <paramref name="agency"/> (a test procuratorate of 430281) with <see cref="Scopes"/>.</summary>
    public static ClaimsPrincipal Caller(string clientId, string agency) => HandWrittenEndpoint.Caller(clientId, agency, Scopes);
}
