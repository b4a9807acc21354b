using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Data;
using Hub.Data.Hosting;
using Hub.Data.Keys;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.Supervision.Running;

/// <summary>
/// Runs models against the shared data and stores their clues. The rules run as SQL in the database; what comes back
/// is the hits (one row per subject and evidence record), which are grouped into clues and stored in one transaction
/// with the run's counts, so a failed or killed run stores no clue. On PostgreSQL a transaction-scoped advisory lock
/// per model refuses a second concurrent run; SQLite's single writer makes the second one wait. A run left marked
/// running by a killed process is recorded as failed by the next run of its model.
/// </summary>
public sealed class ModelRunner(HubDataOptions options)
{
    private const int KeysPerQuery = 500;

    /// <summary>Finds a model's clue candidates without storing anything (a dry run).</summary>
    public async Task<IReadOnlyList<ClueCandidate>> MatchAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var model = Checked(request);
        await using var connection = await OpenAsync(cancellationToken);
        await using var data = DataContext(connection, request.Jurisdiction);
        var arguments = await ModelArguments.ResolveAsync(model, data, request.AsOf, request.RegionCode, request.Parameters, cancellationToken);
        return (await FindAsync(model, data, arguments, cancellationToken)).Candidates;
    }

    /// <summary>Runs a model and stores its clues; returns the finished run. A failure is recorded on the run and rethrown.</summary>
    public async Task<ModelRun> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        using var telemetry = new ModelRunTelemetry(request.ModelId, request.RegionCode);
        try
        {
            var run = await RunModelAsync(request, cancellationToken);
            telemetry.Succeeded(run);
            return run;
        }
        catch (Exception exception)
        {
            telemetry.Failed(exception);
            throw;
        }
    }

    private async Task<ModelRun> RunModelAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var model = Checked(request);
        await using var connection = await OpenAsync(cancellationToken);
        await using var data = DataContext(connection, request.Jurisdiction);
        await using var store = StoreContext(connection);
        var arguments = await ModelArguments.ResolveAsync(model, data, request.AsOf, request.RegionCode, request.Parameters, cancellationToken);
        var run = new ModelRun
        {
            Id = Guid.NewGuid(),
            ModelId = model.Id,
            ModelVersion = model.Version,
            Parameters = arguments.ToJson(),
            AsOf = request.AsOf,
            RegionCode = request.RegionCode,
            StartedBy = request.StartedBy,
            StartedAt = DateTimeOffset.UtcNow,
            Outcome = RunOutcome.Running,
        };
        store.Runs.Add(run);
        await store.SaveChangesAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await data.Database.UseTransactionAsync(transaction, cancellationToken);
            await store.Database.UseTransactionAsync(transaction, cancellationToken);
            await LockAsync(connection, transaction, model.Id, cancellationToken);

            // Holding the model's lock, no other run of it is working: one still marked running was killed (its clues
            // were never committed).
            var now = DateTimeOffset.UtcNow;
            await store.Runs.Where(r => r.ModelId == model.Id && r.Outcome == RunOutcome.Running && r.Id != run.Id)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Outcome, RunOutcome.Failed)
                    .SetProperty(r => r.FailureReason, "Interrupted: the process ended before the run finished.")
                    .SetProperty(r => r.EndedAt, now), cancellationToken);
            var (candidates, rowsRead) = await FindAsync(model, data, arguments, cancellationToken);
            run.RowsRead = rowsRead;
            await StoreAsync(store, model, arguments, run, candidates, cancellationToken);
            run.Outcome = RunOutcome.Succeeded;
            run.EndedAt = DateTimeOffset.UtcNow;

            // On SQLite a run that waited for the writer lock may have been taken for a killed one meanwhile: clear that.
            store.Entry(run).Property(r => r.FailureReason).IsModified = true;
            await store.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return run;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(store, run, exception);
            throw;
        }
    }

    private static SupervisionModel Checked(RunRequest request)
    {
        var model = ModelCatalogue.Find(request.ModelId);
        if (!AdministrativeRegion.IsKnown(request.RegionCode))
        {
            throw new UnknownRegionException(model.Id, request.RegionCode);
        }

        if (request.Jurisdiction is { } jurisdiction && !request.RegionCode.StartsWith(jurisdiction, StringComparison.Ordinal))
        {
            throw new RegionOutsideJurisdictionException(model.Id, request.RegionCode, jurisdiction);
        }

        return model;
    }

    private static async Task<(IReadOnlyList<ClueCandidate> Candidates, long RowsRead)> FindAsync(SupervisionModel model, HubDataContext data,
        ModelArguments arguments, CancellationToken cancellationToken)
    {
        var hits = new List<(ModelRule Rule, EvidenceRow Row)>();
        foreach (var rule in model.Rules(data, arguments))
        {
            foreach (var row in await rule.Hits.ToListAsync(cancellationToken))
            {
                if (row.Sealed && model.SealedRowsBasis is null)
                {
                    throw new InvalidOperationException($"Model {model.Id} rule {rule.Id} returned the sealed row {rule.DataSet}/{row.SourceAgency}/{row.SourceRecordId} without a declared lawful basis.");
                }

                hits.Add((rule, row));
            }
        }

        var candidates = hits
            .GroupBy(h => (h.Rule.SubjectType, h.Row.SubjectKey, h.Row.Period))
            .Select(g => new ClueCandidate(g.Key.SubjectType, g.Key.SubjectKey, g.Key.Period, g
                .Select(h => new CandidateEvidence(h.Rule.Id, h.Rule.DataSet, h.Row.SourceAgency, h.Row.SourceRecordId,
                    Hash($"{h.Rule.DataSet}/{h.Row.SourceAgency}/{h.Row.SourceRecordId}@{h.Row.IngestedAt.UtcDateTime:O}"),
                    string.Join('|', h.Rule.MatchedFields), h.Row.Sealed))
                .DistinctBy(e => e.Reference)
                .ToArray()))
            .OrderBy(c => c.SubjectKey, StringComparer.Ordinal)
            .ToArray();
        return (candidates, hits.Count);
    }

    private static async Task StoreAsync(SupervisionContext store, SupervisionModel model, ModelArguments arguments, ModelRun run,
        IReadOnlyList<ClueCandidate> candidates, CancellationToken cancellationToken)
    {
        var byKey = candidates.ToDictionary(c => DedupeKey(model.Id, arguments.RegionCode, c), StringComparer.Ordinal);
        var known = new Dictionary<string, Clue>(StringComparer.Ordinal);
        foreach (var chunk in byKey.Keys.Chunk(KeysPerQuery))
        {
            foreach (var clue in await store.Clues.Include(c => c.Evidence).Where(c => chunk.Contains(c.DedupeKey)).ToListAsync(cancellationToken))
            {
                known[clue.DedupeKey] = clue;
            }
        }

        var next = await store.Clues.CountAsync(c => c.ModelId == model.Id, cancellationToken) + 1;
        var legalBasis = JsonSerializer.Serialize(model.LegalBasis, JsonOptions);
        foreach (var (dedupeKey, candidate) in byKey)
        {
            if (known.TryGetValue(dedupeKey, out var clue))
            {
                var have = clue.Evidence.Select(e => e.Reference).ToHashSet(StringComparer.Ordinal);
                var added = candidate.Evidence.Where(e => !have.Contains(e.Reference)).ToArray();
                if (added.Length == 0)
                {
                    run.CluesUnchanged++;
                    continue;
                }

                clue.Evidence.AddRange(added.Select(e => Evidence(e, run.Id)));
                clue.RuleIds = string.Join('|', clue.RuleIds.Split('|').Concat(added.Select(e => e.RuleId)).Distinct());
                clue.Score = clue.Evidence.Count;
                clue.SealedMinorData |= added.Any(e => e.Sealed);
                run.CluesAlreadyKnown++;
                continue;
            }

            var masked = SubjectMask.Mask(candidate.SubjectType, candidate.SubjectKey);
            store.Clues.Add(new Clue
            {
                Id = Guid.NewGuid(),
                ClueNo = $"{model.Id}-{arguments.AsOf.Year}-{next++:D5}",
                ModelId = model.Id,
                ModelVersion = model.Version,
                RuleIds = candidate.RuleIds,
                Parameters = run.Parameters,
                RunId = run.Id,
                GeneratedAt = DateTimeOffset.UtcNow,
                SpecialCampaign = model.Elements.SpecialCampaign,
                Domain = model.Elements.Domain,
                SupervisionPoint = model.Elements.SupervisionPoint,
                SubjectType = candidate.SubjectType,
                SubjectKey = candidate.SubjectKey,
                Period = candidate.Period,
                Title = ClueTemplate.Fill(model.Template.Title, masked, candidate.Evidence.Count, candidate.RuleIds, arguments.AsOf),
                Summary = ClueTemplate.Fill(model.Template.Summary, masked, candidate.Evidence.Count, candidate.RuleIds, arguments.AsOf),
                LegalBasis = legalBasis,
                Score = candidate.Evidence.Count,
                Priority = model.Priority,
                JurisdictionRegionCode = arguments.RegionCode,
                ResponsibleDepartment = model.ResponsibleDepartment,
                Status = ClueStatus.Generated,
                DedupeKey = dedupeKey,
                SealedMinorData = candidate.Evidence.Any(e => e.Sealed),
                Evidence = candidate.Evidence.Select(e => Evidence(e, run.Id)).ToList(),
            });
            run.CluesCreated++;
        }
    }

    private static ClueEvidence Evidence(CandidateEvidence e, Guid runId) => new()
    {
        DataSet = e.DataSet,
        SourceAgency = e.SourceAgency,
        SourceRecordId = e.SourceRecordId,
        SnapshotHash = e.SnapshotHash,
        RuleId = e.RuleId,
        MatchedFields = e.MatchedFields,
        RunId = runId,
    };

    /// <summary>The advisory-lock key of a model's runs on PostgreSQL.</summary>
    internal static long LockKey(string modelId) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("supervision-run:" + modelId)));

    private static async Task LockAsync(DbConnection connection, DbTransaction transaction, string modelId, CancellationToken cancellationToken)
    {
        if (connection is not NpgsqlConnection)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_try_advisory_xact_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter("key", LockKey(modelId)));
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            throw new ModelAlreadyRunningException(modelId);
        }
    }

    private static async Task RecordFailureAsync(SupervisionContext store, ModelRun run, Exception exception)
    {
        // The clue transaction is gone; the run row was committed before it, so it is updated on its own.
        store.ChangeTracker.Clear();
        await store.Database.UseTransactionAsync(null);
        run.Outcome = RunOutcome.Failed;
        run.FailureReason = exception is OperationCanceledException ? "The run was cancelled." : exception.GetBaseException().Message;
        run.EndedAt = DateTimeOffset.UtcNow;
        run.RowsRead = 0;
        run.CluesCreated = run.CluesAlreadyKnown = run.CluesUnchanged = 0;
        store.Runs.Update(run);
        await store.SaveChangesAsync(CancellationToken.None);
    }

    // The region is part of the key: two counties that find the same subject each hold their own clue, and a run of
    // one never adds its evidence to the other's.
    private static string DedupeKey(string modelId, string regionCode, ClueCandidate candidate) =>
        Hash($"{modelId}|{regionCode}|{candidate.SubjectType}|{candidate.SubjectKey}|{candidate.Period}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Provider == DataProvider.Postgres
            ? new NpgsqlConnection(options.ResolveConnectionString())
            : new SqliteConnection(options.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        if (connection is NpgsqlConnection)
        {
            // A rule's correlated subqueries make the planner's cost estimates huge, which turns on JIT compilation:
            // at scale 100 compiling took longer than running (M01-a3: 3 s of 12). Rules are short queries that
            // never repay it. The session setting ends with the connection (Npgsql resets it on return to the pool).
            await using var command = connection.CreateCommand();
            command.CommandText = "SET jit = off";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    private HubDataContext DataContext(DbConnection connection, string? regionPrefix) =>
        new(Configure(new DbContextOptionsBuilder<HubDataContext>(), connection).Options) { RegionPrefix = regionPrefix };

    private SupervisionContext StoreContext(DbConnection connection) => new(Configure(new DbContextOptionsBuilder<SupervisionContext>(), connection).Options);

    private DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DbConnection connection)
        where T : DbContext
    {
        _ = options.Provider == DataProvider.Postgres ? builder.UseNpgsql(connection) : builder.UseSqlite(connection);
        return builder;
    }

    private static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
