using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>One hit of a model's dry run, with what its title is filled from.</summary>
public sealed record SupervisionModelMatch(SupervisionModel Model, DateOnly AsOf, ClueCandidate Candidate);
