using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `dotnet run -c Release --project tests/Hub.GraphQL.Benchmarks -- --filter '*'` runs every benchmark;
// compare-graphql-js.sh measures the same workload against graphql-js.
// Benchmarks run in process: BenchmarkDotNet's generated project would inherit the repository's build settings
// (warnings as errors, documentation files) and fail to build.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
