using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>DateTime</c>: an ISO-8601 instant with offset, written with milliseconds (<c>2020-01-02T03:04:05.000Z</c>).</summary>
public sealed partial class DateTimeType : StringFormattedScalarType<DateTimeOffset>
{
    public DateTimeType()
        : base("DateTime")
    {
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type.";
        SpecifiedByUrl = "https://www.graphql-scalars.com/date-time";
    }

    protected override bool TryConvert(object runtimeValue, out DateTimeOffset value)
    {
        switch (runtimeValue)
        {
            case DateTimeOffset offset:
                value = offset;
                return true;
            case DateTime dateTime:
                value = dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime);
                return true;
            default:
                value = default;
                return false;
        }
    }

    protected override string FormatString(DateTimeOffset value) =>
        value.ToString(value.Offset == TimeSpan.Zero ? @"yyyy-MM-ddTHH\:mm\:ss.fffZ" : @"yyyy-MM-ddTHH\:mm\:ss.fffzzz", CultureInfo.InvariantCulture);

    protected override bool TryParseString(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
