namespace Hub.Identity.Policies;

/// <summary>What one application of the policy files changed (both zero when the store already matched).</summary>
public sealed record PolicyApplication(int ScopesChanged, int AgenciesChanged, int PublicClientsChanged = 0);
