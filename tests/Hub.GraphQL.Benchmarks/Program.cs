using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Hub.GraphQL.Benchmarks -- --filter '*'` runs every benchmark;
// compare-graphql-js.sh measures the same workload against graphql-js.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
