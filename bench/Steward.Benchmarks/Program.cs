using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Steward.Benchmarks -- --filter '*'` runs every benchmark; any
// BenchmarkDotNet option works after `--` (e.g. `--job short`, `--list flat`, `--memory`).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
