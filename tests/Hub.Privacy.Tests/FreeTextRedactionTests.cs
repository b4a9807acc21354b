using FsCheck;
using FsCheck.Fluent;
using Hub.Data.Keys;

namespace Hub.Privacy.Tests;

/// <summary>Identity and mobile numbers, and the names of a case's parties, in free text are masked however they are written.</summary>
public sealed class FreeTextRedactionTests
{
    private static readonly string[] s_separators = [" ", "-", ".", "\u3000", "\u00A0", "－"];

    // Surrounding text: no digits (a longer digit run is not an identifier) and no X/x (a check character's neighbour).
    private static readonly string[] s_nameSeparators = ["", " ", "\u3000", "\u00A0", "·"];

    private static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly string MinorId = "43028120150101002" + CitizenIdNumber.CheckCharacter("43028120150101002");

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

    [Theory]
    [InlineData("赵大勇殴打被害人刘晓红", "赵*勇殴打被害人刘*红")]
    [InlineData("被害人刘 晓红、刘·晓红与刘　晓　红", "被害人刘*红、刘*红与刘*红")]
    [InlineData("被害人刘晓与刘晓红", "被害人刘*与刘*红")]
    public void Party_names_are_masked_as_their_name_fields_show_them(string text, string expected) =>
        Assert.Equal(expected, FreeTextRedaction.Redact(text, [.. new[] { "赵大勇", "刘晓红", "刘晓" }.Select(n => CaseParties.Known(n, null, Today))]));

    [Fact]
    public void A_minor_party_is_masked_completely() =>
        Assert.Equal("被害人***（未成年）", FreeTextRedaction.Redact("被害人王小明（未成年）", [CaseParties.Known("王小明", MinorId, Today)]));

    [Fact]
    public void No_planted_party_name_survives_in_any_written_form() =>
        Prop.ForAll(NamedTexts().ToArbitrary(), planted =>
        {
            var redacted = FreeTextRedaction.Redact(planted.Text, [.. planted.Names.Select(n => CaseParties.Known(n, null, Today))]);
            var joined = string.Concat(redacted.Where(c => !s_nameSeparators.Contains(c.ToString())));
            return planted.Names.All(name => !joined.Contains(name, StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();

    /// <summary>A text that writes one to three party names, each with its own separator between the characters (or none).</summary>
    private static Gen<(string Text, string[] Names)> NamedTexts() =>
        from names in Gen.Choose(1, 3).SelectMany(count => Gen.ArrayOf(Names(), count))
        from separators in Gen.ArrayOf(Gen.Elements(s_nameSeparators), names.Length)
        from gaps in Gen.ArrayOf(Surrounding(), names.Length + 1)
        select (gaps[0] + string.Concat(names.Select((name, i) => string.Join(separators[i], name.Select(c => c.ToString())) + gaps[i + 1])), names);

    private static Gen<string> Names() =>
        from surname in Gen.Elements("张", "王", "李", "赵", "刘", "陈", "欧阳", "司马")
        from length in Gen.Choose(1, 2)
        from given in Gen.ArrayOf(Gen.Elements("晓红大勇明娜伟芳建国秀英".ToCharArray()), length)
        select surname + new string(given);

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
