namespace Hub.Supervision.Catalogue;

/// <summary>The three rule elements every clue carries, as used by 醴陵 (DOMAIN.md §4.3).</summary>
/// <param name="SpecialCampaign">监督专项.</param>
/// <param name="Domain">重点监督领域.</param>
/// <param name="SupervisionPoint">监督点.</param>
public sealed record RuleElements(string SpecialCampaign, string Domain, string SupervisionPoint);
