namespace Hub.Identity.SignIn;

/// <summary>The sign-in page's texts: Chinese first, English when the page is asked for with <c>lang=en</c>.</summary>
public sealed record SignInLanguage(
    string Code, string Title, string SignInTo, string UserName, string Password, string Submit, string SwitchLabel, string SwitchCode,
    string WrongCredentials, string LockedOut, string ExpiredForm)
{
    public const string Parameter = "lang";

    public static SignInLanguage Chinese { get; } = new("zh-CN", "登录", "登录到", "用户名", "密码", "登录", "English", "en",
        "用户名或密码错误。", "登录失败次数过多，账户已暂时锁定，请稍后再试。", "表单已过期，请重新登录。");

    public static SignInLanguage English { get; } = new("en", "Sign in", "Sign in to", "User name", "Password", "Sign in", "中文", "zh",
        "The user name or password is wrong.", "Too many failed attempts: the account is locked for a while; try again later.",
        "The form has expired; please sign in again.");

    /// <summary>The language the request asks for (query or form <c>lang</c>); Chinese unless it is <c>en</c>.</summary>
    public static SignInLanguage Of(string? code) => code == "en" ? English : Chinese;
}
