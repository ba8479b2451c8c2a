using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Steward.Benchmarks;

// `dotnet run -c Release --project bench/Steward.Benchmarks -- --filter '*'` runs every benchmark; any
// BenchmarkDotNet option works after `--` (e.g. `--job short`, `--inProcess`, `--list flat`).
// Each benchmark runs in a freshly built child project; on a busy 2-core machine that build can take minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(VersionBenchmarks).Assembly).Run(args, config);
