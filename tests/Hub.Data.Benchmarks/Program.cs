using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `dotnet run -c Release --project tests/Hub.Data.Benchmarks -- --filter '*'`: in process, for the reason
// Hub.GraphQL.Benchmarks gives. The database's side of an import is measured by Hub.Data.Tests/bench/import-vs-copy.sh.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
