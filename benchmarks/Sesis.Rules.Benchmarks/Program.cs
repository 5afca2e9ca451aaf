using BenchmarkDotNet.Running;

// Run all benchmarks, or pick with --filter. See benchmarks/README.md for the commands.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
