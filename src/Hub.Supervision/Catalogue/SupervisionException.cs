using Hub.Data.Keys;

namespace Hub.Supervision.Catalogue;

/// <summary>A run that cannot start or finish for a reason the caller can fix; the message names what and where.</summary>
public abstract class SupervisionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>No model has this id.</summary>
public sealed class UnknownModelException(string modelId)
    : SupervisionException($"Unknown supervision model '{modelId}'; see `hub models list`.")
{
    /// <summary>The id asked for.</summary>
    public string ModelId { get; } = modelId;
}

/// <summary>The model has no parameter of this name.</summary>
public sealed class UnknownParameterException(string modelId, string parameter, IEnumerable<string> known)
    : SupervisionException($"Model {modelId} has no parameter '{parameter}'; its parameters are: {string.Join(", ", known)}.")
{
    /// <summary>The parameter asked for.</summary>
    public string Parameter { get; } = parameter;
}

/// <summary>A parameter value of the wrong type or outside its range.</summary>
public sealed class InvalidParameterValueException(string modelId, string parameter, string value, string expected)
    : SupervisionException($"Model {modelId}, parameter '{parameter}': '{value}' is not {expected}.")
{
    /// <summary>The parameter.</summary>
    public string Parameter { get; } = parameter;
}

/// <summary>No legal_threshold row gives a threshold parameter its default.</summary>
public sealed class MissingThresholdException(string modelId, string parameter, string topic, string region, DateOnly asOf)
    : SupervisionException($"Model {modelId}, parameter '{parameter}': no legal_threshold row for topic '{topic}' applies to region {region} on {asOf:yyyy-MM-dd}; import one or pass --param {parameter}=VALUE.");

/// <summary>Another run of the same model holds the model's lock.</summary>
public sealed class ModelAlreadyRunningException(string modelId)
    : SupervisionException($"Model {modelId} is already being run by another process; try again when that run has finished.");

/// <summary>A region-bound caller asked for a run in a region outside its jurisdiction (null: it has none).</summary>
public sealed class RegionOutsideJurisdictionException(string modelId, string region, string? jurisdiction)
    : SupervisionException(jurisdiction is null
        ? $"Model {modelId}: the caller's token names no agency region it may read, so it may run no model."
        : $"Model {modelId}: region {region} lies outside the caller's jurisdiction (region codes starting {jurisdiction}).");

/// <summary>A run's region is not a code of the hub's GB/T 2260 list.</summary>
public sealed class UnknownRegionException(string modelId, string region)
    : SupervisionException($"Model {modelId}: region code '{region}' is not in the hub's GB/T 2260 list ({AdministrativeRegion.ListFile}).");
