using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>Deterministic, unique, checksum-valid citizen ids, credit codes and Chinese names around 醴陵 (430281).</summary>
internal sealed class SyntheticKeys(Random random)
{
    private static readonly string[] s_regions = ["430281", "430281", "430281", "430202", "430203", "430211", "430221", "430223"];
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志军海燕春梅文斌鹏辉";
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    public Random Random => random;

    /// <summary>A new person born between the two years.</summary>
    public SyntheticPerson Person(int fromYear = 1955, int toYear = 2000)
    {
        while (true)
        {
            if (NewPerson(new DateOnly(random.Next(fromYear, toYear + 1), 1, 1).AddDays(random.Next(0, 365))) is { } person)
            {
                return person;
            }
        }
    }

    /// <summary>A new person born on <paramref name="birth"/>, for a plant that hinges on an age.</summary>
    public SyntheticPerson PersonBornOn(DateOnly birth)
    {
        while (true)
        {
            if (NewPerson(birth) is { } person)
            {
                return person;
            }
        }
    }

    private SyntheticPerson? NewPerson(DateOnly birth)
    {
        var s17 = s_regions[random.Next(s_regions.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        var id = s17 + CitizenIdNumber.CheckCharacter(s17);
        if (!_ids.Add(id))
        {
            return null;
        }

        var name = $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{(random.Next(3) == 0 ? "" : Given[random.Next(Given.Length)].ToString())}";
        return new SyntheticPerson(id, name, birth);
    }

    /// <summary>A new unified social credit code (default: enterprise, 91, 醴陵).</summary>
    public string CreditCode(string typeCode = "91")
    {
        while (true)
        {
            var body = new char[8];
            for (var i = 0; i < 8; i++)
            {
                body[i] = SocialCreditCode.Alphabet[random.Next(i < 2 ? 10 : SocialCreditCode.Alphabet.Length)];
            }

            var s17 = typeCode + "430281" + new string(body) + SocialCreditCode.OrganizationCheckCharacter(body);
            var code = s17 + SocialCreditCode.CheckCharacter(s17);
            if (_codes.Add(code))
            {
                return code;
            }
        }
    }

    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    public string Money(int from, int to) => random.Next(from, to).ToString(CultureInfo.InvariantCulture) + ".00";

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
