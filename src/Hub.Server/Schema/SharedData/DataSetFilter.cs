namespace Hub.Server.Schema.SharedData;

/// <summary>
/// The filter arguments of a data-set list, keys already normalised: the person or organisation concerned, the
/// delivering agency and a range of the data set's main date (both ends inclusive).
/// </summary>
public sealed record DataSetFilter(string? PersonIdNumber, string? Uscc, string? SourceAgency, DateOnly? From, DateOnly? To);
