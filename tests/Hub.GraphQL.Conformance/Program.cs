using Hub.GraphQL.Conformance;

// The conformance runner: `validate-corpus` replays graphql-js's validation corpus (see ValidateCorpusCommand).
return args switch
{
    ["validate-corpus", .. var rest] => ValidateCorpusCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"Usage: {ValidateCorpusCommand.Usage}");
    return 2;
}
