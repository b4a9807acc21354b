using Hub.Server.Schema.SharedData;

namespace Hub.Server.Tests.SharedData;

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

    [Fact]
    public void Null_stays_null_for_every_kind()
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            Assert.Null(PersonalDataMasking.Mask(kind, null));
        }
    }
}
