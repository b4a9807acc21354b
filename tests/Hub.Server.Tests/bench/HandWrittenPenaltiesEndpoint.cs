using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Model.Enforcement;
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
/// The baseline of the data-path comparison: a minimal API endpoint, written by hand, that does what the hub does for
/// <c>{ administrativePenalties(first: 50) { nodes { decisionNo agencyKind decisionDate } } }</c> (or, given a
/// <see cref="PenaltyWhere"/>, the same with that <c>where</c>) and nothing else: the
/// same EF Core page query (newest first, only the rows the caller may see, one row more than asked, the columns the hub's
/// projection reads: the three fields, the id and the provenance the audit names), the same audit insert through
/// the hub's <see cref="SharedDataAudit"/>, the same JSON. It uses the hub's own database and audit services, so both
/// share one connection pool. It checks no token: it is the floor the hub is measured against.
/// </summary>
public static class HandWrittenPenaltiesEndpoint
{
    private const int First = 50;
    /// <summary>
    /// Starts the endpoint on a free 127.0.0.1 port over the hub's services; <paramref name="caller"/> is who the audit names,
    /// <paramref name="where"/> the rows it keeps (all when null).
    /// </summary>
    public static Task<HandWrittenEndpoint> StartAsync(IServiceProvider hub, ClaimsPrincipal caller, PenaltyWhere? where = null)
    {
        var database = hub.GetRequiredService<HubDatabase>();
        var audit = hub.GetRequiredService<SharedDataAudit>();
        var trail = hub.GetRequiredService<AuditTrail>();
        var visibilityPolicy = hub.GetRequiredService<RowVisibilityPolicy>();
        var arguments = new Dictionary<string, object?> { ["first"] = First };
        if (where is not null)
        {
            arguments["where"] = where.Argument;
        }

        IReadOnlySet<string> selected = new HashSet<string>(StringComparer.Ordinal)
        {
            "AdministrativePenalty.decisionNo", "AdministrativePenalty.agencyKind", "AdministrativePenalty.decisionDate",
        };
        return HandWrittenEndpoint.StartAsync(async context =>
        {
            List<AdministrativePenalty> rows;
            var visibility = visibilityPolicy.For(caller.AsCaller());
            await using (var db = database.CreateContext())
            {
                var visible = visibility.Of<AdministrativePenalty>(db);
                rows = await (where is null ? visible : visible.Where(where.Condition))
                    .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
                    .Select(r => new AdministrativePenalty
                    {
                        Id = r.Id,
                        SourceAgency = r.SourceAgency,
                        SourceRecordId = r.SourceRecordId,
                        DecisionNo = r.DecisionNo,
                        AgencyKind = r.AgencyKind,
                        DecisionDate = r.DecisionDate,
                    })
                    .Skip(0).Take(First + 1).ToListAsync(context.RequestAborted);
            }

            var page = rows.Take(First).ToList();
            var requestAudit = new RequestAudit(trail);
            audit.Record(requestAudit, caller.AsCaller(), "Query.administrativePenalties", arguments, page, Disclosure.MaskAll, selected);
            await requestAudit.WriteAsync(CancellationToken.None);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            // Unescaped UTF-8, as the hub writes it.
            await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartObject("administrativePenalties");
            json.WriteStartArray("nodes");
            foreach (var row in page)
            {
                json.WriteStartObject();
                json.WriteString("decisionNo", row.DecisionNo);
                json.WriteString("agencyKind", row.AgencyKind);
                json.WriteString("decisionDate", row.DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The principal the hub builds from an <c>enforcement.read</c> token of <paramref name="clientId"/> at <paramref name="agency"/>, a test procuratorate of 430281.</summary>
    public static ClaimsPrincipal Caller(string clientId, string agency) => HandWrittenEndpoint.Caller(clientId, agency, ["enforcement.read"]);

    /// <summary>A <c>where</c> as the hub applies it: the condition EF Core translates, and the argument value the audit records.</summary>
    public sealed record PenaltyWhere(Expression<Func<AdministrativePenalty, bool>> Condition, IReadOnlyDictionary<string, object?> Argument);
}
