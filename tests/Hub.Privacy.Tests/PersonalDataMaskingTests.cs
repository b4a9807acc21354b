namespace Hub.Privacy.Tests;

/// <summary>The display masks of DOMAIN.md §6.2-2.</summary>
public sealed class PersonalDataMaskingTests
{
    [Theory]
    [InlineData("43028119850312123X", "430281********123X")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345", "*****")]
    public void Identity_numbers_keep_the_first_six_and_last_four(string value, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.IdNumber(value));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三明", "张*明")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("张", "*")]
    [InlineData(" 李四 ", "李*")]
    public void Names_keep_the_surname_and_the_last_character_of_longer_names(string value, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.Name(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("073123456789", "073*****6789")]
    [InlineData("110", "***")]
    public void Phones_keep_the_first_three_and_last_four_digits(string value, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.Phone(value));

    [Theory]
    [InlineData("湖南省株洲市醴陵市阳三石街道白兔潭社区建设路12号", "湖南省株洲市醴陵市阳三石街道白兔潭社区***")]
    [InlineData("醴陵市孙家湾镇新村组5号", "醴陵市孙家湾镇新村***")]
    [InlineData("醴陵市来龙门街道解放路8号", "醴陵市来龙门街道***")]
    [InlineData("醴陵市白兔潭社区", "醴陵市白兔潭社区")]
    [InlineData("解放路8号", "***")]
    public void Addresses_are_cut_to_the_community_or_village(string value, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.Address(value));

    [Theory]
    [InlineData(PersonalDataKind.IdNumber, "43028119850312123X", "430281********123X")]
    [InlineData(PersonalDataKind.Name, "张三明", "张*明")]
    [InlineData(PersonalDataKind.Phone, "13812345678", "138****5678")]
    [InlineData(PersonalDataKind.Address, "醴陵市白兔潭社区建设路12号", "醴陵市白兔潭社区***")]
    public void Each_kind_has_its_mask(PersonalDataKind kind, string value, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.Mask(kind, value));

    [Fact]
    public void A_minors_name_is_masked_completely()
    {
        Assert.Equal("***", PersonalDataMasking.MinorName("李小明"));
        Assert.Equal("**", PersonalDataMasking.MinorName(" 李明 "));
    }

    [Theory]
    [InlineData("2025-06-30", true)]
    [InlineData("2030-03-11", true)]
    [InlineData("2030-03-12", true)] // the 18th birthday itself: an age is reached the day after
    [InlineData("2030-03-13", false)]
    public void Minority_comes_from_the_birth_date_in_the_identity_number(string today, bool minor) =>
        Assert.Equal(minor, PersonalDataMasking.IsMinor(MinorId, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Numbers_that_are_not_valid_identity_numbers_are_not_taken_for_minors()
    {
        Assert.False(PersonalDataMasking.IsMinor(null, new DateOnly(2025, 1, 1)));
        Assert.False(PersonalDataMasking.IsMinor(MinorId[..17] + (MinorId[17] == '0' ? '1' : '0'), new DateOnly(2025, 1, 1)));
    }

    /// <summary>Born 2012-03-12.</summary>
    private static string MinorId => "43028120120312456" + Hub.Data.Keys.CitizenIdNumber.CheckCharacter("43028120120312456");
}
