using System.Text;
using System.Text.Encodings.Web;

namespace Hub.Identity.SignIn;

/// <summary>
/// The sign-in form, rendered on the server with no script and no external asset (the hub runs on networks without
/// Internet access): it posts the authorization request's parameters back to the authorization endpoint with the
/// person's name, password and the antiforgery token.
/// </summary>
public static class SignInPage
{
    /// <summary>The form fields the page adds to the authorization request's parameters.</summary>
    public static readonly IReadOnlySet<string> OwnFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "username", "password", SignInLanguage.Parameter, AntiforgeryFieldName,
    };

    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    /// <summary>
    /// The page for <paramref name="clientName"/>, carrying <paramref name="parameters"/> (the authorization request) in
    /// hidden fields, <paramref name="error"/> shown above the form, and a link to the same request in the other language.
    /// </summary>
    public static string Render(
        SignInLanguage language, string action, string clientName, IReadOnlyList<KeyValuePair<string, string>> parameters,
        string antiforgeryToken, string? userName, string? error)
    {
        var html = HtmlEncoder.Default;
        var switchQuery = QueryString.Create(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).Append(new(SignInLanguage.Parameter, language.SwitchCode)));
        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html>
            <html lang="{{language.Code}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{html.Encode(language.Title)}}</title>
            <style>
            body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
            main { max-width: 22rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
            label { display: block; margin-top: 1rem; }
            input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; }
            button { margin-top: 1.5rem; width: 100%; padding: .6rem; }
            .error { color: #a00; }
            nav { text-align: right; }
            </style>
            </head>
            <body>
            <main>
            <nav><a href="{{html.Encode(action + switchQuery)}}" hreflang="{{language.SwitchCode}}">{{html.Encode(language.SwitchLabel)}}</a></nav>
            <h1>{{html.Encode(language.Title)}}</h1>
            <p>{{html.Encode(language.SignInTo)}} {{html.Encode(clientName)}}</p>

            """);
        if (error is not null)
        {
            page.Append($"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>\n");
        }

        page.Append($"<form method=\"post\" action=\"{html.Encode(action)}\">\n");
        foreach (var (name, value) in parameters)
        {
            page.Append($"<input type=\"hidden\" name=\"{html.Encode(name)}\" value=\"{html.Encode(value)}\">\n");
        }

        page.Append($"""
            <input type="hidden" name="{SignInLanguage.Parameter}" value="{(language == SignInLanguage.English ? "en" : "zh")}">
            <input type="hidden" name="{AntiforgeryFieldName}" value="{html.Encode(antiforgeryToken)}">
            <label>{html.Encode(language.UserName)}<input type="text" name="username" autocomplete="username" required autofocus value="{html.Encode(userName ?? "")}"></label>
            <label>{html.Encode(language.Password)}<input type="password" name="password" autocomplete="current-password" required></label>
            <button type="submit">{html.Encode(language.Submit)}</button>
            </form>
            </main>
            </body>
            </html>

            """);
        return page.ToString();
    }
}
