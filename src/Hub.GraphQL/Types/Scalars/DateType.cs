using System.Globalization;

namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>Date</c>: an ISO-8601 calendar date (<c>2020-01-02</c>); runtime value <see cref="DateOnly"/>.</summary>
public sealed class DateType : StringFormattedScalarType<DateOnly>
{
    private const string Pattern = "yyyy-MM-dd";

    public DateType()
        : base("Date")
    {
        Description = "The `Date` scalar represents an ISO-8601 compliant date type.";
    }

    protected override bool TryConvert(object runtimeValue, out DateOnly value)
    {
        switch (runtimeValue)
        {
            case DateOnly date:
                value = date;
                return true;
            case DateTime dateTime:
                value = DateOnly.FromDateTime(dateTime);
                return true;
            case DateTimeOffset offset:
                value = DateOnly.FromDateTime(offset.DateTime);
                return true;
            default:
                value = default;
                return false;
        }
    }

    protected override string FormatString(DateOnly value) => value.ToString(Pattern, CultureInfo.InvariantCulture);

    protected override bool TryParseString(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
