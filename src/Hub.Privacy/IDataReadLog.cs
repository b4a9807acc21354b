namespace Hub.Privacy;

/// <summary>Where reads of shared data are recorded; the host implements it over the identity audit trail.</summary>
public interface IDataReadLog
{
    /// <summary>
    /// The keyed hash under which the log names the holder of <paramref name="idNumber"/> (a canonical citizen identity
    /// number), so "who looked at this person?" is answerable without the number being stored.
    /// </summary>
    string PersonKey(string idNumber);

    /// <summary>Appends one record: a read of <paramref name="coordinate"/> by <paramref name="actor"/>, a reveal when <paramref name="revealed"/>.</summary>
    Task AppendAsync(bool revealed, string actor, string coordinate, object detail, CancellationToken cancellationToken);
}
