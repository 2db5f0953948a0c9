// Micro-benchmarks of Optpoline call sites against the plain call and a hand-written type switch.
// Run: dotnet run -c Release --project bench/Optpoline.Benchmarks -- --filter '*'   (see bench/README.md)
using BenchmarkDotNet.Running;
using Optpoline.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create(args));
