using Hub.Data.Keys;

namespace Hub.Data.Tests;

/// <summary>GB/T 2260 regions contain their subdivisions by prefix, level by level.</summary>
public sealed class AdministrativeRegionTests
{
    [Theory]
    [InlineData("430000", "43")]
    [InlineData("430200", "4302")]
    [InlineData("430281", "430281")]
    [InlineData("330700", "3307")]
    [InlineData("000000", "")]
    public void The_prefix_drops_the_levels_left_out(string code, string prefix) =>
        Assert.Equal(prefix, AdministrativeRegion.Prefix(code));

    [Theory]
    [InlineData("430000", "430281", true)]
    [InlineData("430200", "430281", true)]
    [InlineData("430281", "430281", true)]
    [InlineData("430281", "430211", false)]
    [InlineData("430281", "430200", false)]
    [InlineData("330700", "430281", false)]
    [InlineData("430100", "431100", false)]
    public void A_region_contains_itself_and_its_subdivisions_only(string region, string code, bool contains) =>
        Assert.Equal(contains, AdministrativeRegion.Contains(region, code));

    [Theory]
    [InlineData("430281", true)]
    [InlineData("43028", false)]
    [InlineData("43028X", false)]
    [InlineData("4302810", false)]
    [InlineData(null, false)]
    public void A_code_is_six_digits(string? code, bool valid) =>
        Assert.Equal(valid, AdministrativeRegion.IsCode(code));
}
