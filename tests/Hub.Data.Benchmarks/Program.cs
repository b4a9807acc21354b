using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `dotnet run -c Release --project tests/Hub.Data.Benchmarks -- --filter '*'` runs every benchmark. The database's
// side of an import is measured end to end by Hub.Data.Tests/bench/import-vs-copy.sh.
// Benchmarks run in process: BenchmarkDotNet's generated project would inherit the repository's build settings
// (warnings as errors, documentation files) and fail to build.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
