namespace Hub.Data.Model;

/// <summary>The PostgreSQL schemas, one per domain, plus the shared entities and reference tables.</summary>
public static class Schemas
{
    public const string Enforcement = "enforcement";
    public const string Judicial = "judicial";
    public const string Administrative = "administrative";
    public const string Lake = "lake";
    public const string Shared = "shared";
}
