using Hub.Data.Model.Administrative;
using Hub.Data.Model.Shared;

namespace Hub.Privacy;

/// <summary>
/// An organisation as served: what its credit code says (region, entity type) and, when the market-entity registry
/// delivered it, its registered name, status, address and legal representative.
/// </summary>
public sealed class OrganizationProfile(Organization organization, MarketEntity? registration)
{
    public string Uscc => organization.Uscc;

    public string EntityTypeCode => organization.EntityTypeCode;

    public string RegionCode => organization.RegionCode;

    public string? Name => registration?.Name;

    public string? Status => registration?.Status;

    public DateOnly? RegisteredDate => registration?.RegisteredDate;

    public string? Address => registration?.Address;

    public string? LegalRepresentativeIdNumber => registration?.LegalRepIdNumber;
}
