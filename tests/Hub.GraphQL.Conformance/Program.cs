using Hub.GraphQL.Conformance;

// The conformance runner: `execute` runs an execution corpus (see ExecuteCommand).
return args switch
{
    ["execute", .. var rest] => await ExecuteCommand.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"Usage: {ExecuteCommand.Usage}");
    return 2;
}
