using System.CommandLine;
using System.Text.Json;
using Hub.Identity.Users;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub user add|disable|reset-password|list|show</c>: the accounts of people who sign in (prosecutors, agency staff).
/// A password is read from standard input with <c>--password-stdin</c>, or generated and printed this once; it is never
/// echoed, logged or recorded in the audit trail.
/// </summary>
internal static class UserCommands
{
    private const string PasswordHelp =
        "Read the password from the first line of standard input (nothing is echoed). Without it a password is generated and printed once.";

    public static Command Create()
    {
        var command = new Command("user", "Manage the accounts of people who sign in, each of one agency.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Disable());
        command.Subcommands.Add(ResetPassword());
        return command;
    }

    private static Command List()
    {
        var agency = new Option<string?>("--agency") { Description = "Only the users of this agency." };
        var json = new Option<bool>("--json") { Description = "Print the users as a JSON array." };
        var command = new Command("list", "List the users: display name, agency, disabled, lockout, failed attempts.") { agency, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => UserListing.ListAsync(services, parse.GetValue(agency), parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command Show()
    {
        var userName = UserNameArgument();
        var json = new Option<bool>("--json") { Description = "Print the user as JSON." };
        var command = new Command("show", "Show a user (never the password).") { userName, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(
            (services, ct) => UserListing.ShowAsync(services, parse.GetValue(userName)!, parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    private static Command Add()
    {
        var userName = UserNameArgument();
        var agency = new Option<string>("--agency") { Description = "The code of the user's agency.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name, e.g. 张检察官 (defaults to the user name)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = PasswordHelp };
        var json = new Option<bool>("--json") { Description = "Print {\"user_name\", \"agency\", \"password\"} as JSON (password null unless generated)." };
        var command = new Command("add", "Create a user of an agency; the password comes from --password-stdin, else it is generated and printed once.") { userName, agency, name, passwordStdin, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var password = parse.GetValue(passwordStdin) ? await ReadPasswordAsync() : null;
            var created = await services.GetRequiredService<UserAccounts>().CreateAsync(
                parse.GetValue(userName)!, parse.GetValue(agency)!, parse.GetValue(name), password, IdentityCommandRunner.Actor, ct);
            Print(parse.GetValue(json), created, $"User {created.User.UserName} of {created.User.Agency.Code} created.");
        }, cancellationToken));
        return command;
    }

    private static Command Disable()
    {
        var userName = UserNameArgument();
        var command = new Command("disable", "Disable a user: it can no longer sign in.") { userName };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var user = await services.GetRequiredService<UserAccounts>().DisableAsync(parse.GetValue(userName)!, IdentityCommandRunner.Actor, ct);
            Console.WriteLine($"User {user.UserName} disabled.");
        }, cancellationToken));
        return command;
    }

    private static Command ResetPassword()
    {
        var userName = UserNameArgument();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = PasswordHelp };
        var json = new Option<bool>("--json") { Description = "Print {\"user_name\", \"agency\", \"password\"} as JSON (password null unless generated)." };
        var command = new Command("reset-password", "Set a new password and lift a lockout; the password comes from --password-stdin, else it is generated and printed once.") { userName, passwordStdin, json };
        command.SetAction((parse, cancellationToken) => IdentityCommandRunner.RunAsync(async (services, ct) =>
        {
            var password = parse.GetValue(passwordStdin) ? await ReadPasswordAsync() : null;
            var reset = await services.GetRequiredService<UserAccounts>().ResetPasswordAsync(parse.GetValue(userName)!, password, IdentityCommandRunner.Actor, ct);
            Print(parse.GetValue(json), reset, $"Password of {reset.User.UserName} reset.");
        }, cancellationToken));
        return command;
    }

    private static Argument<string> UserNameArgument() => new("user-name") { Description = "The user's sign-in name (letters, digits, - . _ @ +)." };

    /// <summary>The first line of standard input, without its line break; an empty one is refused rather than set.</summary>
    private static async Task<string> ReadPasswordAsync()
    {
        var line = await Console.In.ReadLineAsync();
        return string.IsNullOrEmpty(line)
            ? throw new InvalidOperationException("--password-stdin: standard input holds no password (its first line is empty).")
            : line;
    }

    private static void Print(bool json, UserPasswordChange change, string done)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["user_name"] = change.User.UserName,
                ["agency"] = change.User.Agency.Code,
                ["password"] = change.GeneratedPassword,
            }));
            return;
        }

        Console.WriteLine(done);
        if (change.GeneratedPassword is { } generated)
        {
            Console.WriteLine($"password: {generated}   (generated, shown once; stored hashed)");
        }
    }
}
