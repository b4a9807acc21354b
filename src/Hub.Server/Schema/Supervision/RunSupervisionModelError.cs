using Hub.Supervision.Catalogue;

namespace Hub.Server.Schema.Supervision;

/// <summary>A typed error of <c>runSupervisionModel</c> (a member of the <c>RunSupervisionModelError</c> union).</summary>
public sealed record RunSupervisionModelError(string TypeName, string Code, string Message, string ModelId)
{
    /// <summary>The error for a refused run.</summary>
    public static RunSupervisionModelError From(SupervisionException exception, string modelId) => exception switch
    {
        UnknownModelException => new("UnknownSupervisionModelError", "UNKNOWN_SUPERVISION_MODEL", exception.Message, modelId),
        ModelAlreadyRunningException => new("ModelAlreadyRunningError", "MODEL_ALREADY_RUNNING", exception.Message, modelId),
        _ => new("InvalidModelParameterError", "INVALID_MODEL_PARAMETER", exception.Message, modelId),
    };
}
