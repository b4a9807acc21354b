namespace Hub.Server.Cli;

/// <summary>
/// Configuration settings given on a command's line (<c>--Hub:Database:Provider=PostgreSql</c>, or the value as the
/// next token), anywhere among its arguments: they are taken out before the command is parsed and handed to the
/// configuration the command builds, as the server reads them. A setting names a section (it has a <c>:</c>), which no
/// command option does. <c>--operator NAME</c>, allowed on every command, is taken out too.
/// </summary>
internal static class CommandLineSettings
{
    /// <summary>The option naming the person who runs a command, recorded in the audit trail of the changes it makes.</summary>
    public const string OperatorOption = "--operator";

    private static readonly AsyncLocal<string[]> s_current = new();
    private static readonly AsyncLocal<string?> s_operator = new();

    /// <summary>The settings of the command being run, as <c>--Key=value</c> arguments for the configuration.</summary>
    public static string[] Current => s_current.Value ?? [];

    /// <summary>Who runs the command: <c>--operator NAME</c>, else the operating-system user.</summary>
    public static string Operator => s_operator.Value ?? Environment.UserName;

    /// <summary>Takes the settings out of <paramref name="args"/>, keeps them for the command, and returns the rest.</summary>
    public static string[] Extract(string[] args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            if (token == OperatorOption && i + 1 < args.Length)
            {
                s_operator.Value = args[++i];
            }
            else if (token.StartsWith(OperatorOption + "=", StringComparison.Ordinal))
            {
                s_operator.Value = token[(OperatorOption.Length + 1)..];
            }
            else if (!token.StartsWith("--", StringComparison.Ordinal) || !token.Split('=', 2)[0].Contains(':', StringComparison.Ordinal))
            {
                rest.Add(token);
            }
            else if (token.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(token);
            }
            else if (i + 1 < args.Length)
            {
                settings.Add($"{token}={args[++i]}");
            }
            else
            {
                // Left for the parser, which reports it as an unrecognised argument.
                rest.Add(token);
            }
        }

        s_current.Value = [.. settings];
        return [.. rest];
    }
}
