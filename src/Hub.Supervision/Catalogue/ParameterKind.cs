namespace Hub.Supervision.Catalogue;

/// <summary>The type of a model parameter.</summary>
public enum ParameterKind
{
    /// <summary>A whole number (days, counts).</summary>
    Integer,

    /// <summary>A decimal number (amounts, ratios).</summary>
    Decimal,

    /// <summary>A list of words, written <c>a|b|c</c>.</summary>
    TextList,
}
