namespace Hub.Supervision.Catalogue;

/// <summary>A law and article a model's clues rest on.</summary>
/// <param name="Law">The law or interpretation, e.g. 刑法.</param>
/// <param name="Article">The article, e.g. 第264条.</param>
/// <param name="Note">What the article says that matters here.</param>
public sealed record LegalBasis(string Law, string Article, string Note);
