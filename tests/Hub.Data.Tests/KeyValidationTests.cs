using FsCheck;
using FsCheck.Fluent;
using Hub.Data.Keys;

namespace Hub.Data.Tests;

public sealed class KeyValidationTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("360426199101010071")]
    [InlineData("120103198806018241")]
    public void Published_citizen_ids_are_valid(string id) => Assert.Equal(KeyQuality.Valid, CitizenIdNumber.Check(id).Quality);

    [Fact]
    public void Citizen_id_with_a_wrong_check_character_is_invalid_and_kept_as_delivered()
    {
        var check = CitizenIdNumber.Check("230307196304054513");
        Assert.Equal(KeyQuality.Invalid, check.Quality);
        Assert.Equal("230307196304054513", check.Value);
        Assert.Contains("checksum", check.Problem);
    }

    [Theory]
    [InlineData("110105491231002", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("３６０４２６１９９１０１０１００７１", "360426199101010071")]
    [InlineData(" 3604 2619 9101 0100 71 ", "360426199101010071")]
    public void Legacy_lower_case_and_full_width_forms_are_repaired_and_flagged(string raw, string canonical)
    {
        var check = CitizenIdNumber.Check(raw);
        Assert.Equal(KeyQuality.Repaired, check.Quality);
        Assert.Equal(canonical, check.Value);
    }

    [Fact]
    public void February_29_in_a_non_leap_year_is_a_bad_date()
    {
        var s17 = "43028120230229123";
        var check = CitizenIdNumber.Check(s17 + CitizenIdNumber.CheckCharacter(s17));
        Assert.Equal(KeyQuality.Invalid, check.Quality);
        Assert.Contains("date", check.Problem);
    }

    [Theory]
    [InlineData("91110108551385082Q")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    public void Published_credit_codes_are_valid(string code) => Assert.Equal(KeyQuality.Valid, SocialCreditCode.Check(code).Quality);

    [Fact]
    public void A_credit_code_from_a_blog_with_a_wrong_checksum_is_invalid() =>
        Assert.Equal(KeyQuality.Invalid, SocialCreditCode.Check("91310115MA1H8R7C6D").Quality);

    [Fact]
    public void Missing_keys_are_flagged_missing()
    {
        Assert.Equal(KeyQuality.Missing, CitizenIdNumber.Check("  ").Quality);
        Assert.Equal(KeyQuality.Missing, SocialCreditCode.Check(null).Quality);
    }

    [Fact]
    public void Generated_valid_citizen_ids_always_pass_and_any_single_character_change_fails() =>
        Prop.ForAll(CitizenIds(), Gen.Choose(0, 17).ToArbitrary(), Gen.Elements("0123456789X".ToCharArray()).ToArbitrary(), (id, position, replacement) =>
        {
            var passes = CitizenIdNumber.Check(id).Quality == KeyQuality.Valid;
            var changed = id[..position] + replacement + id[(position + 1)..];
            return passes && (changed == id || CitizenIdNumber.Check(changed).Quality == KeyQuality.Invalid);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Generated_valid_credit_codes_always_pass_and_any_single_character_change_fails() =>
        Prop.ForAll(CreditCodes(), Gen.Choose(0, 17).ToArbitrary(), Gen.Elements(SocialCreditCode.Alphabet.ToCharArray()).ToArbitrary(), (code, position, replacement) =>
        {
            var passes = SocialCreditCode.Check(code).Quality == KeyQuality.Valid;
            var changed = code[..position] + replacement + code[(position + 1)..];
            return passes && (changed == code || SocialCreditCode.Check(changed).Quality == KeyQuality.Invalid);
        }).QuickCheckThrowOnFailure();

    private static Arbitrary<string> CitizenIds() =>
        (from region in Gen.Choose(110000, 659999)
         from day in Gen.Choose(0, 365 * 100)
         from sequence in Gen.Choose(0, 999)
         let s17 = $"{region:D6}{new DateOnly(1920, 1, 1).AddDays(day):yyyyMMdd}{sequence:D3}"
         select s17 + CitizenIdNumber.CheckCharacter(s17)).ToArbitrary();

    private static Arbitrary<string> CreditCodes() =>
        (from chars in Gen.ArrayOf(Gen.Elements(SocialCreditCode.Alphabet.ToCharArray()), 8)
         from region in Gen.Choose(110000, 659999)
         let body = new string(chars)
         let s17 = $"91{region:D6}{body}{SocialCreditCode.OrganizationCheckCharacter(body)}"
         select s17 + SocialCreditCode.CheckCharacter(s17)).ToArbitrary();
}
