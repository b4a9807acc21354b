namespace Hub.Identity.Policies;

/// <summary>One problem in a policy file, located as <c>file:line:column</c> (1-based).</summary>
public sealed record PolicyError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
