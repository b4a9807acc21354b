namespace Hub.Identity.Policies;

/// <summary>One way the identity store differs from the policy files, as <c>hub policies diff</c> prints it.</summary>
/// <param name="Subject">What differs: <c>scope</c> or <c>agency</c>.</param>
/// <param name="Name">The scope's name or the agency's code.</param>
/// <param name="Change">What <c>hub policies apply</c> would do about it.</param>
/// <param name="Detail">The values concerned, e.g. <c>region 430281 → 430200</c>.</param>
public sealed record PolicyDifference(string Subject, string Name, PolicyChange Change, string Detail);

/// <summary>What <c>hub policies apply</c> would do about a <see cref="PolicyDifference"/>.</summary>
public enum PolicyChange
{
    /// <summary>The files define it and the store lacks it: apply creates it.</summary>
    Create,

    /// <summary>Both hold it with other values: apply writes the files' values.</summary>
    Update,

    /// <summary>Only the store holds it (added through the API or the command line): apply leaves it, export writes it to the files.</summary>
    OnlyInStore,
}
