namespace Hub.Privacy;

/// <summary>How the audit of shared-data reads names persons; the host implements it with the identity audit trail's key.</summary>
public interface IDataReadLog
{
    /// <summary>
    /// The keyed hash under which the log names the holder of <paramref name="idNumber"/> (a canonical citizen identity
    /// number), so "who looked at this person?" is answerable without the number being stored.
    /// </summary>
    string PersonKey(string idNumber);
}
