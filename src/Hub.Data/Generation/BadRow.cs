namespace Hub.Data.Generation;

/// <summary>A row planted to be rejected: file, line and the kind of fault.</summary>
public sealed record BadRow(string File, long Line, string Reason);
