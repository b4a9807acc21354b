using System.Globalization;
using System.Text;
using Hub.Data.Keys;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Reads and checks the arguments of shared-data fields: national keys are normalised as the import does (GB 11643,
/// GB 32100) and a bad one is an error naming the argument, never an empty result.
/// </summary>
public static class SharedDataArguments
{
    // Hangul fillers are letters by category yet render as nothing.
    private static readonly int[] s_blankLetters = [0x115F, 0x1160, 0x3164, 0xFFA0];

    /// <summary>The canonical citizen identity number in argument <paramref name="name"/>, or null when absent.</summary>
    public static string? IdNumber(IResolverContext context, string name) =>
        Key(context, name, CitizenIdNumber.Check, HubErrorCodes.InvalidIdNumber, "citizen identity number (GB 11643)");

    /// <summary>The canonical unified social credit code in argument <paramref name="name"/>, or null when absent.</summary>
    public static string? Uscc(IResolverContext context, string name) =>
        Key(context, name, SocialCreditCode.Check, HubErrorCodes.InvalidUscc, "unified social credit code (GB 32100)");

    /// <summary>The list filter; key arguments are read only where the data set has them.</summary>
    public static DataSetFilter Filter(IResolverContext context, bool hasPerson, bool hasOrganization)
    {
        var from = context.ArgumentValue("from") as DateOnly?;
        var to = context.ArgumentValue("to") as DateOnly?;
        if (from > to)
        {
            throw Error($"The date range is empty: \"from\" ({from:yyyy-MM-dd}) is after \"to\" ({to:yyyy-MM-dd}).",
                HubErrorCodes.InvalidDateRange, "from");
        }

        return new DataSetFilter(
            hasPerson ? IdNumber(context, "personIdNumber") : null,
            hasOrganization ? Uscc(context, "uscc") : null,
            context.ArgumentValue("sourceAgency") as string,
            from,
            to);
    }

    /// <summary>
    /// The reveal reason, trimmed; null when absent or empty. A reason of only invisible characters (zero-width spaces,
    /// joiners, byte-order marks, controls, blanks) is an error: it would pass for a reason in the audit while saying
    /// nothing; so is one that names no case or clue, or names one without saying why (<see cref="RevealReasonForm"/>).
    /// </summary>
    public static string? Reason(IResolverContext context)
    {
        var reason = (context.ArgumentValue("reason") as string)?.Trim();
        if (reason?.Length > DisclosurePolicy.MaxReasonLength)
        {
            throw Error($"The argument \"reason\" is {reason.Length} characters long; at most {DisclosurePolicy.MaxReasonLength} are allowed.",
                HubErrorCodes.InvalidReason, "reason");
        }

        if (reason is { Length: > 0 } && !reason.EnumerateRunes().Any(IsVisible))
        {
            throw Error("The argument \"reason\" has no visible characters (only blanks, zero-width or control characters); give the case or clue the reveal is for.",
                HubErrorCodes.InvalidReason, "reason");
        }

        if (reason is { Length: > 0 } && RevealReasonForm.Problem(reason) is { } problem)
        {
            throw Error($"The argument \"reason\" {problem}: give {RevealReasonForm.Description}.",
                HubErrorCodes.InvalidReason, "reason");
        }

        return string.IsNullOrEmpty(reason) ? null : reason;
    }

    /// <summary>The reason of a read that must give one (checked as <see cref="Reason"/>); an empty one is an error.</summary>
    public static string RequiredReason(IResolverContext context) =>
        Reason(context) ?? throw Error("The argument \"reason\" is empty; give the case or clue the question is for.",
            HubErrorCodes.InvalidReason, "reason");

    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && !s_blankLetters.Contains(rune.Value) && Rune.GetUnicodeCategory(rune) is not (
            UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);

    private static string? Key(IResolverContext context, string name, Func<string?, KeyCheck> check, string code, string what)
    {
        if (context.ArgumentValue(name) is not string raw)
        {
            return null;
        }

        var result = check(raw);
        return result.Quality is KeyQuality.Valid or KeyQuality.Repaired && result.Value is { } canonical
            ? canonical
            : throw Error($"The argument \"{name}\" is not a valid {what}: {result.Problem ?? "the value is empty"}.", code, name);
    }

    private static GraphQLException Error(string message, string code, string argument) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code, ["argument"] = argument }));
}
