using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Storage;

namespace FlowStudio.Benchmarks;

/// <summary>
/// In-memory interpretation of a 6-node flow with a no-op connector, steps recorded in the
/// in-memory store:
/// <code>
/// trigger ──► map ──► check ─true──► create_invoice ──► end
///                           └false─► create_credit ───┘
/// </code>
/// </summary>
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
        _flow = Flow();
        _trigger = JsonValues.Parse("""{"data":{"object":{"id":"ch_1","customer":"cus_9","amount":125050,"currency":"usd"}}}""");
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

    private static FlowDefinition Flow()
    {
        static FlowNode Node(string id, string type, string config = "{}") => new() { Id = id, Type = type, Config = NodeConfig.Parse(config) };
        return new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = "Stripe charge to Zoho invoice" },
            Nodes =
            [
                Node("trigger", NodeTypeKeys.WebhookTrigger),
                Node("map", NodeTypeKeys.Map, """{ "mappings": { "customer_id": "[trigger.data.object.customer]", "total": "[trigger.data.object.amount] / 100", "reference": "[trigger.data.object.id]" } }"""),
                Node("check", NodeTypeKeys.Condition, """{ "condition": "[steps.map.output.total] > 0" }"""),
                Node("create_invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[steps.map.output.customer_id]", "total": "[steps.map.output.total]" } }"""),
                Node("create_credit", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_credit_note", "inputs": { "customer_id": "[steps.map.output.customer_id]" } }"""),
                Node("end", NodeTypeKeys.Stop),
            ],
            Connections =
            [
                new("trigger", PortNames.Out, "map", PortNames.In),
                new("map", PortNames.Out, "check", PortNames.In),
                new("check", PortNames.True, "create_invoice", PortNames.In),
                new("check", PortNames.False, "create_credit", PortNames.In),
                new("create_invoice", PortNames.Out, "end", PortNames.In),
                new("create_credit", PortNames.Out, "end", PortNames.In),
            ],
        };
    }
}
