using System.Text.Json;
using Hub.Data;
using Hub.Data.Model.Reference;

namespace Hub.Supervision.Catalogue;

/// <summary>What one run evaluates a model with: the as-of date, the region, and every parameter's value.</summary>
public sealed class ModelArguments
{
    private readonly SortedDictionary<string, ParameterValue> _values;

    private ModelArguments(DateOnly asOf, string regionCode, SortedDictionary<string, ParameterValue> values)
    {
        AsOf = asOf;
        RegionCode = regionCode;
        _values = values;
    }

    /// <summary>The date the rules treat as today.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The jurisdiction: picks the regional thresholds and is the clues' region.</summary>
    public string RegionCode { get; }

    /// <summary>Every parameter's value, by name.</summary>
    public IReadOnlyDictionary<string, ParameterValue> Values => _values;

    /// <summary>A number parameter.</summary>
    public decimal Number(string name) => _values[name].Number!.Value;

    /// <summary>A whole-number parameter.</summary>
    public int Integer(string name) => (int)_values[name].Number!.Value;

    /// <summary>A word-list parameter.</summary>
    public IReadOnlyList<string> Words(string name) => _values[name].Words!;

    /// <summary>The values as a JSON object, stored on runs and clues.</summary>
    public string ToJson() => JsonSerializer.Serialize(_values.ToDictionary(v => v.Key, v => v.Value.ToString()),
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// Checks the overrides against the model's parameters and fills the rest from their defaults, reading threshold
    /// defaults from <c>legal_threshold</c> (the longest region prefix of <paramref name="regionCode"/> valid on
    /// <paramref name="asOf"/>).
    /// </summary>
    public static async Task<ModelArguments> ResolveAsync(SupervisionModel model, HubDataContext data, DateOnly asOf, string regionCode,
        IReadOnlyDictionary<string, string> overrides, CancellationToken cancellationToken = default)
    {
        var byName = model.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var values = new SortedDictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var (name, text) in overrides)
        {
            if (!byName.TryGetValue(name, out var parameter))
            {
                throw new UnknownParameterException(model.Id, name, byName.Keys);
            }

            values[name] = ParameterValue.Parse(model.Id, parameter, text);
        }

        foreach (var parameter in model.Parameters.Where(p => !values.ContainsKey(p.Name)))
        {
            values[parameter.Name] = parameter.ThresholdTopic is { } topic
                ? ParameterValue.Checked(model.Id, parameter, await ThresholdAsync(model, parameter, topic, data, asOf, regionCode, cancellationToken))
                : ParameterValue.Parse(model.Id, parameter, parameter.Default!);
        }

        return new ModelArguments(asOf, regionCode, values);
    }

    private static async Task<decimal> ThresholdAsync(SupervisionModel model, ModelParameter parameter, string topic, HubDataContext data,
        DateOnly asOf, string regionCode, CancellationToken cancellationToken)
    {
        // The reference table holds a handful of rows per topic; the regional choice is made here, on those.
        var rows = await data.Set<LegalThreshold>()
            .Where(t => t.Topic == topic && t.ValidFrom <= asOf && (t.ValidTo == null || t.ValidTo >= asOf))
            .Select(t => new { t.RegionPrefix, t.Value })
            .ToListAsync(cancellationToken);
        var best = rows.Where(r => regionCode.StartsWith(r.RegionPrefix, StringComparison.Ordinal)).MaxBy(r => r.RegionPrefix.Length);
        return best?.Value ?? throw new MissingThresholdException(model.Id, parameter.Name, topic, regionCode, asOf);
    }
}
