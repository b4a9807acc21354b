using System.Globalization;

namespace Hub.GraphQL.Utilities;

/// <summary>
/// JavaScript number semantics the oracle (graphql-js) relies on: <c>Number(string)</c>, <c>String(number)</c>,
/// <c>Number.isInteger</c>, and which CLR values count as numbers.
/// </summary>
public static class JavaScriptNumber
{
    /// <summary>True for CLR numeric values (not booleans or chars); <paramref name="number"/> is the value as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = JavaScriptFloat(f); return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>
    /// Prints a CLR number as JavaScript would print it, except that 64-bit integers keep every digit (JavaScript
    /// could not hold them exactly; a .NET resolver returning one means the exact value).
    /// </summary>
    public static string Format(object clrNumber) => clrNumber switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong ul => ul.ToString(CultureInfo.InvariantCulture),
        _ => TryGetNumber(clrNumber, out var number) ? ToString(number) : throw new ArgumentException("Not a number.", nameof(clrNumber)),
    };

    /// <summary>JavaScript <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JavaScript <c>String(number)</c>: shortest round-trip digits, exponent form outside 1e-7 ≤ |x| &lt; 1e21.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // "R" gives the shortest round-trip digits; take them apart and lay them out as ECMA-262 Number::toString does.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        var sign = value < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = exponent;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponentText = (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1
            ? sign + digits + "e" + exponentText
            : sign + digits[0] + "." + digits[1..] + "e" + exponentText;
    }

    /// <summary>JavaScript <c>Number(string)</c>: trims whitespace, accepts hex/octal/binary prefixes and Infinity; NaN otherwise.</summary>
    public static double Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && char.ToLowerInvariant(trimmed[1]) is 'x' or 'o' or 'b')
        {
            return ParseRadix(trimmed[2..], char.ToLowerInvariant(trimmed[1]) switch { 'x' => 16, 'o' => 8, _ => 2 });
        }

        var unsigned = trimmed.TrimStart('+', '-');
        if (unsigned == "Infinity")
        {
            return trimmed[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // .NET also accepts "NaN", "∞" and thousands separators in some styles; JavaScript accepts only decimal literals.
        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : double.NaN;
    }

    private static double ParseRadix(string digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    /// <summary>A float widened the way JavaScript would see it: through its shortest decimal form.</summary>
    private static double JavaScriptFloat(float value) =>
        float.IsFinite(value) ? double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    /// <summary>Splits "1.2345E-07" or "123.45" into significant digits and the decimal point position n (value = 0.digits × 10^n).</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var ePosition = text.IndexOfAny(['E', 'e']);
        if (ePosition >= 0)
        {
            exponent = int.Parse(text[(ePosition + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..ePosition];
        }

        var point = text.IndexOf('.');
        var integerPart = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : string.Empty;
        var all = integerPart + fraction;
        var position = integerPart.Length + exponent;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        all = all[leadingZeros..].TrimEnd('0');
        return (all, position - leadingZeros);
    }
}
