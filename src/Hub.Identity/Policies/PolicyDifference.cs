namespace Hub.Identity.Policies;

/// <summary>One way the identity store differs from the policy files, as <c>hub policies diff</c> prints it.</summary>
/// <param name="Subject">What differs: <c>scope</c>, <c>agency</c> or <c>client</c>.</param>
/// <param name="Name">The scope's name, the agency's code or the client's id.</param>
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

    /// <summary>A client the files list and the store lacks: apply cannot create it (the hub generates client ids and secrets).</summary>
    OnlyInFiles,

    /// <summary>A client both hold with other values: apply leaves clients as they are; export writes the store's values.</summary>
    ClientDiffers,
}
