namespace Hub.Identity.Policies;

/// <summary>The policy files are invalid; the message lists every problem with its file:line:column.</summary>
public sealed class PolicyValidationException(IReadOnlyList<PolicyError> errors)
    : Exception("Invalid policy files:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PolicyError> Errors { get; } = errors;
}
