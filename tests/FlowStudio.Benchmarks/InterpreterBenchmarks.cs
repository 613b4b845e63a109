using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Storage;

namespace FlowStudio.Benchmarks;

/// <summary>In-memory interpretation of <see cref="SixNodeFlow"/> with a no-op connector, steps recorded in the in-memory store.</summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private const int Batch = 1_000;
    private readonly InMemoryRunStore _store = new();
    private FlowInterpreter _interpreter = null!;
    private FlowDefinition _flow = null!;
    private JsonElement _trigger;

    [GlobalSetup]
    public void Setup()
    {
        _interpreter = new FlowInterpreter(
            _store,
            NodeExecutorRegistry.CreateBuiltIn(new NoOpConnector()),
            new ExpressionEngine(TimeProvider.System),
            new NoOpScheduler(),
            TimeProvider.System);
        _flow = SixNodeFlow.Build();
        _trigger = JsonValues.Parse(SixNodeFlow.Trigger);
    }

    /// <summary>One run, start to end, on one thread.</summary>
    [Benchmark]
    public async Task<RunOutcome> SingleRun() => await RunOnceAsync().ConfigureAwait(false);

    /// <summary>Runs per second with both cores busy: 1,000 runs over two workers, reported per run.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task TwoWorkers()
    {
        await Parallel.ForAsync(0, Batch, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (_, _) => await RunOnceAsync().ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task<RunOutcome> RunOnceAsync()
    {
        var runId = Guid.NewGuid();
        var outcome = await _interpreter.StartAsync(_flow, "stripe-to-zoho", 1, runId, _trigger).ConfigureAwait(false);
        _store.Forget(runId);
        return outcome;
    }
}
