using System.Reflection;
using Hub.Data.Hosting;

namespace Hub.Data.Migrations;

/// <summary>
/// A set of versioned SQL migrations embedded in an assembly under <c>{Namespace}.{Postgres|Sqlite}.NNNN_name.sql</c>.
/// The data layer ships one; a domain module beside it (e.g. Hub.Supervision) ships its own with a version prefix,
/// so both number their files from 0001 without colliding in <c>hub_schema_migration</c>.
/// </summary>
/// <param name="Assembly">The assembly holding the embedded files.</param>
/// <param name="Namespace">The resource namespace the provider folders sit under.</param>
/// <param name="VersionPrefix">Prepended to each recorded version (empty for the data layer's own files).</param>
/// <param name="AdoptedWhen">
/// For a store whose schema an earlier mechanism created: per provider, a query counting more than zero when that schema
/// is in place; the source's first migration is then recorded as applied without being run.
/// </param>
public sealed record MigrationSource(Assembly Assembly, string Namespace, string VersionPrefix, Func<DataProvider, string>? AdoptedWhen = null)
{
    /// <summary>The shared-data migrations of this assembly.</summary>
    public static MigrationSource Data { get; } = new(typeof(MigrationSource).Assembly, typeof(MigrationSource).Namespace!, "");

    /// <summary>The migrations for a provider, in version order, with their recorded versions.</summary>
    public IReadOnlyList<(string Version, string Sql)> For(DataProvider provider)
    {
        var prefix = $"{Namespace}.{provider}.";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(Assembly.GetManifestResourceStream(n)!);
                return (VersionPrefix + n[prefix.Length..^4], reader.ReadToEnd());
            })
            .ToArray();
    }
}
