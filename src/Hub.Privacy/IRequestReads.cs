namespace Hub.Privacy;

/// <summary>
/// The reads of one request, recorded together once it has executed: the host keeps one per GraphQL request and
/// writes it in one statement, so a linked query costs one audit insert, not one per field.
/// </summary>
public interface IRequestReads
{
    /// <summary>Adds one record: a read of <paramref name="coordinate"/> by <paramref name="actor"/>, a reveal when <paramref name="revealed"/>.</summary>
    void Add(bool revealed, string actor, string coordinate, object detail);
}
