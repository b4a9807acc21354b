namespace Hub.Data.Keys;

/// <summary>
/// The unified social credit code of GB 32100-2015: 18 characters over a 31-character alphabet, with the embedded
/// GB 11714 organisation code (positions 9–17, MOD 11 check) and the MOD 31 check at position 18.
/// </summary>
public static class SocialCreditCode
{
    /// <summary>The 31 characters allowed (no I, O, S, V, Z); a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] s_organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The MOD 31 check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * s_weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The GB 11714 check character for the first 8 characters of the organisation code.</summary>
    public static char OrganizationCheckCharacter(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * s_organizationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var r => (char)('0' + r),
        };
    }

    /// <summary>True when <paramref name="value"/> is a canonical, valid code.</summary>
    public static bool IsValid(string? value) => value is not null && Check(value) is { Quality: KeyQuality.Valid };

    /// <summary>Checks and normalises a delivered code.</summary>
    public static KeyCheck Check(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return KeyCheck.Missing;
        }

        var text = KeyText.Normalize(raw, out var changed);
        if (text.Length != 18)
        {
            return new KeyCheck(raw, KeyQuality.Invalid, $"bad length: {text.Length} characters, expected 18");
        }

        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(text[i]) < 0)
            {
                return new KeyCheck(raw, KeyQuality.Invalid, $"bad character '{text[i]}' at position {i + 1}");
            }
        }

        if (text[16] != OrganizationCheckCharacter(text.AsSpan(8, 8)))
        {
            return new KeyCheck(raw, KeyQuality.Invalid, "bad checksum: organisation code (position 17)");
        }

        if (text[17] != CheckCharacter(text))
        {
            return new KeyCheck(raw, KeyQuality.Invalid, $"bad checksum: expected check character '{CheckCharacter(text)}'");
        }

        return new KeyCheck(text, changed ? KeyQuality.Repaired : KeyQuality.Valid, null);
    }
}
