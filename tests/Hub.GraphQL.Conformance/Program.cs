using Hub.GraphQL.Conformance;

// The conformance runner: `execute` runs an execution corpus (see ExecuteCommand), `validate-corpus` replays
// graphql-js's validation corpus (see ValidateCorpusCommand).
return args switch
{
    ["execute", .. var rest] => await ExecuteCommand.RunAsync(rest),
    ["validate-corpus", .. var rest] => ValidateCorpusCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"Usage: {ExecuteCommand.Usage}");
    Console.Error.WriteLine($"       {ValidateCorpusCommand.Usage}");
    return 2;
}
