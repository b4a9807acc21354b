using Hub.Supervision.Catalogue;

namespace Hub.Server.Schema.Supervision;

/// <summary>A typed error of a run (the <c>RunSupervisionModelError</c> union); its GraphQL type is its CLR type's name.</summary>
public abstract record RunSupervisionModelError(string Code, string Message, string ModelId)
{
    /// <summary>The error for a refused run.</summary>
    public static RunSupervisionModelError From(SupervisionException exception, string modelId) => exception switch
    {
        UnknownModelException => new UnknownSupervisionModelError(exception.Message, modelId),
        ModelAlreadyRunningException => new ModelAlreadyRunningError(exception.Message, modelId),
        RegionOutsideJurisdictionException => new RegionOutsideJurisdictionError(exception.Message, modelId),
        _ => new InvalidModelParameterError(exception.Message, modelId),
    };
}

/// <summary>No model has this id.</summary>
public sealed record UnknownSupervisionModelError(string Message, string ModelId) : RunSupervisionModelError(HubErrorCodes.UnknownSupervisionModel, Message, ModelId);

/// <summary>A parameter the model lacks, a value of the wrong type or range, or a threshold with no reference row.</summary>
public sealed record InvalidModelParameterError(string Message, string ModelId) : RunSupervisionModelError(HubErrorCodes.InvalidModelParameter, Message, ModelId);

/// <summary>Another run of the same model holds its lock.</summary>
public sealed record ModelAlreadyRunningError(string Message, string ModelId) : RunSupervisionModelError(HubErrorCodes.ModelAlreadyRunning, Message, ModelId);

/// <summary>A region-bound caller asked for a run outside its jurisdiction.</summary>
public sealed record RegionOutsideJurisdictionError(string Message, string ModelId) : RunSupervisionModelError(HubErrorCodes.RegionOutsideJurisdiction, Message, ModelId);
