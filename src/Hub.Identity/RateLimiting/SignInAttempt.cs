using Hub.Identity.Storage;

namespace Hub.Identity.RateLimiting;

/// <summary>
/// The person a sign-in form post names, read before the rate limiter decides: the user name (case-folded as Identity
/// normalises it) and the client signed in to, so a burst aimed at one account is held back whichever address it
/// comes from, besides the lockout that PasswordCheck applies.
/// </summary>
internal static class SignInAttempt
{
    private static readonly object s_key = new();

    // Longer names are no user's (Identity's column holds 256): such a post is limited by its address only.
    private const int MaxUserNameLength = 256;

    /// <summary>"client|USERNAME" of the sign-in post, or null (not a sign-in post, or no usable name).</summary>
    public static string? Of(HttpContext context) => context.Items.TryGetValue(s_key, out var key) ? key as string : null;

    public static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(IdentityEndpointPaths.Authorization, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the user name and client of a sign-in post and keeps them for <see cref="Of"/>.</summary>
    public static async Task ReadAsync(HttpContext context)
    {
        if (!IsSignInPost(context) || await TokenRequestClientId.ReadFormAsync(context) is not { } form)
        {
            return;
        }

        var userName = form.Single("username");
        var clientId = form.Single("client_id");
        context.Items[s_key] = userName is { Length: > 0 and <= MaxUserNameLength } && clientId is { Length: <= Client.MaxClientIdLength }
            ? $"{clientId}|{userName.ToUpperInvariant()}"
            : null;
    }
}
