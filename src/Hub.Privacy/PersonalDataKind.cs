namespace Hub.Privacy;

/// <summary>The kinds of personal data the display layer masks (DOMAIN.md §6.2-2), each with its own format.</summary>
public enum PersonalDataKind
{
    /// <summary>Citizen identity number: first 6 and last 4 kept (<c>430281********123X</c>).</summary>
    IdNumber,

    /// <summary>Person's name: surname kept, and the last character of names of three or more (<c>张*</c>, <c>张*明</c>).</summary>
    Name,

    /// <summary>Phone number: first 3 and last 4 kept (<c>138****5678</c>).</summary>
    Phone,

    /// <summary>Address: kept down to the community or village, the rest dropped.</summary>
    Address,

    /// <summary>
    /// Free text about the row's subject (the facts of a decision): it repeats the subject's name and numbers, so the
    /// row's own personal values and anything shaped like an identity or mobile number are masked inside it.
    /// </summary>
    FreeText,
}
