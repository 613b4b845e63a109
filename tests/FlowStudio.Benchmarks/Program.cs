using BenchmarkDotNet.Running;
using FlowStudio.Benchmarks;

BenchmarkSwitcher.FromTypes([typeof(InterpreterBenchmarks)]).Run(args);
