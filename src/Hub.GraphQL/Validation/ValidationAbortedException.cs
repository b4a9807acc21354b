namespace Hub.GraphQL.Validation;

/// <summary>
/// Thrown by a rule whose work budget ran out (graphql-js's <c>validationAbortedError</c>); the validator stops and
/// reports "Validation aborted." instead of spending unbounded time on an adversarial document.
/// </summary>
public sealed class ValidationAbortedException() : Exception(AbortedMessage)
{
    /// <summary>The error message graphql-js reports for an aborted validation.</summary>
    public const string AbortedMessage = "Validation aborted.";
}
