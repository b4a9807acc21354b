using FsCheck;
using FsCheck.Fluent;
using Hub.Data.Keys;
using Hub.Server.Schema.SharedData;

namespace Hub.Server.Tests.SharedData;

/// <summary>Identity and mobile numbers in free text are masked however they are written.</summary>
public sealed class FreeTextRedactionTests
{
    private static readonly string[] s_separators = [" ", "-", ".", "\u3000", "\u00A0", "－"];

    // Surrounding text: no digits (a longer digit run is not an identifier) and no X/x (a check character's neighbour).
    private static readonly char[] s_surrounding = "当事人于年月日在某地发现称其身份证号码电话联系方式为：，。、（）() abcABC:;".ToCharArray();

    [Theory]
    [InlineData("身份证号１１０１０５１９４９１２３１００２Ｘ。", "身份证号110105********002X。")]
    [InlineData("身份证 110105 19491231 002X，", "身份证 110105********002X，")]
    [InlineData("电话：+86 138-0013-8000。", "电话：+86 138****8000。")]
    [InlineData("电话＋８６　１３８　００１３　８０００", "电话＋８６　138****8000")]
    [InlineData("于2024年3月1日罚款500元", "于2024年3月1日罚款500元")]
    public void Numbers_are_masked_in_every_written_form_and_other_text_stays_as_written(string text, string expected) =>
        Assert.Equal(expected, FreeTextRedaction.Redact(text, []));

    [Fact]
    public void No_planted_identity_or_mobile_number_survives_in_any_written_form() =>
        Prop.ForAll(Texts().ToArbitrary(), planted =>
        {
            var redacted = Fold(FreeTextRedaction.Redact(planted.Text, []));
            return !redacted.Contains(planted.Identifier, StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();

    /// <summary>A text with one identity or mobile number planted in a random written form, and that number's digits.</summary>
    private static Gen<(string Text, string Identifier)> Texts() =>
        from identifier in Gen.OneOf(IdNumbers(), MobileNumbers())
        from groups in Gen.Elements(true, false)
        from separator in Gen.Elements(s_separators)
        from fullWidth in Gen.Elements(true, false)
        from prefix in identifier.Length == 11 ? Gen.Elements("", "+86", "+86 ", "0086", "86-", "＋８６") : Gen.Constant("")
        from before in Surrounding()
        from after in Surrounding()
        let grouped = groups ? Group(identifier, separator) : identifier
        let written = fullWidth ? FullWidth(grouped) : grouped
        select (before + prefix + written + after, identifier);

    private static Gen<string> IdNumbers() =>
        from region in Gen.Choose(110000, 659999)
        from day in Gen.Choose(0, 365 * 80)
        from sequence in Gen.Choose(0, 999)
        let s17 = $"{region}{new DateOnly(1940, 1, 1).AddDays(day):yyyyMMdd}{sequence:D3}"
        select s17 + CitizenIdNumber.CheckCharacter(s17);

    private static Gen<string> MobileNumbers() =>
        from second in Gen.Choose(3, 9)
        from rest in Gen.Choose(0, 999_999_999)
        select $"1{second}{rest:D9}";

    private static Gen<string> Surrounding() =>
        from length in Gen.Choose(0, 12)
        from characters in Gen.ArrayOf(Gen.Elements(s_surrounding), length)
        select new string(characters);

    /// <summary>6-8-4 for identity numbers, 3-4-4 for mobile numbers, as people write them.</summary>
    private static string Group(string identifier, string separator) => identifier.Length == 18
        ? string.Join(separator, identifier[..6], identifier[6..14], identifier[14..])
        : string.Join(separator, identifier[..3], identifier[3..7], identifier[7..]);

    private static string FullWidth(string text) =>
        new(text.Select(c => c is >= '0' and <= '9' or 'X' ? (char)(c + 0xFEE0) : c).ToArray());

    /// <summary>The digits and check characters of a text, full-width folded, separators gone: what a reader could piece together.</summary>
    private static string Fold(string text) =>
        new(text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c).Where(c => c is >= '0' and <= '9' or 'X').ToArray());
}
