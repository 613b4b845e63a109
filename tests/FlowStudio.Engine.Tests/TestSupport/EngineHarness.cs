using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Storage;

namespace FlowStudio.Engine.Tests.TestSupport;

/// <summary>An interpreter over the in-memory store with fakes for everything outside, for one run.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public EngineHarness()
    {
        Store = Memory;
    }

    public ManualClock Clock { get; } = new(Start);

    public InMemoryRunStore Memory { get; } = new();

    public IRunStore Store { get; set; }

    public FakeConnectors Connectors { get; } = new();

    public RecordingScheduler Scheduler { get; } = new();

    public EngineOptions Options { get; set; } = EngineOptions.Default;

    public IHttpRequestSender? Http { get; set; }

    public ISubFlowRunner? SubFlows { get; set; }

    public IItemStreamSource? Streams { get; set; }

    public Guid RunId { get; set; } = Guid.NewGuid();

    /// <summary>A new interpreter each time, as after a process restart.</summary>
    public FlowInterpreter Interpreter() =>
        new(Store, NodeExecutorRegistry.CreateBuiltIn(Connectors, Http, SubFlows, Streams), new ExpressionEngine(Clock), Scheduler, Clock, Options);

    public Task<RunOutcome> StartAsync(FlowBuilder flow, string trigger = "{}") => StartAsync(flow.Build(), trigger);

    public Task<RunOutcome> StartAsync(FlowDefinition flow, string trigger = "{}") =>
        Interpreter().StartAsync(flow, "flow-1", 1, RunId, JsonValues.Parse(trigger), TestContext.Current.CancellationToken);

    public Task<RunOutcome> ResumeAsync(FlowDefinition flow) => Interpreter().RunAsync(flow, RunId, TestContext.Current.CancellationToken);

    public IReadOnlyList<StepRecord> Steps => Memory.Steps(RunId);

    public StepRecord Step(string nodeId, string iterationPath = "") => Steps.Single(s => s.Key == StepKeys.Of(nodeId, iterationPath));

    public bool Ran(string nodeId) => Steps.Any(s => s.NodeId == nodeId);

    public string Output(string nodeId, string iterationPath = "") => Step(nodeId, iterationPath).Output!.Value.GetRawText();

    public JsonElement OutputElement(string nodeId) => Step(nodeId).Output!.Value;
}
