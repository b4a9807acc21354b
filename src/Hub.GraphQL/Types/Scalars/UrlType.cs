namespace Hub.GraphQL.Types.Scalars;

/// <summary>HotChocolate's <c>URL</c>: an absolute <see cref="Uri"/>, written as its absolute URI text.</summary>
public sealed class UrlType : StringFormattedScalarType<Uri>
{
    public UrlType()
        : base("URL")
    {
    }

    protected override bool TryConvert(object runtimeValue, out Uri value)
    {
        value = runtimeValue as Uri ?? null!;
        return runtimeValue is Uri { IsAbsoluteUri: true };
    }

    protected override string FormatString(Uri value) => value.AbsoluteUri;

    /// <remarks>On Unix a bare path like <c>/x</c> parses as an absolute file URI; only text that names its scheme counts.</remarks>
    protected override bool TryParseString(string text, out Uri value) =>
        Uri.TryCreate(text, UriKind.Absolute, out value!) && text.StartsWith(value.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
