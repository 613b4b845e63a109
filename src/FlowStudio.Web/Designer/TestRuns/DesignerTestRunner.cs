using System.Diagnostics;
using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Engine.Storage;

namespace FlowStudio.Web.Designer.TestRuns;

/// <summary>
/// Runs a draft once with a sample trigger payload, in memory: the real interpreter and executors with the
/// application's connector invoker (so connector nodes call the connected system, the sandbox by default),
/// but nothing is written to the run history and waits are not resumed.
/// </summary>
public sealed class DesignerTestRunner(
    IConnectorInvoker connectors,
    ExpressionEngine expressions,
    TimeProvider time,
    EngineOptions options,
    IServiceProvider services)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<TestRunResult> RunAsync(FlowDefinition flow, JsonElement trigger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var store = new InMemoryRunStore();
        var interpreter = new FlowInterpreter(
            store,
            NodeExecutorRegistry.CreateBuiltIn(
                connectors,
                services.GetService(typeof(IHttpRequestSender)) as IHttpRequestSender,
                services.GetService(typeof(ISubFlowRunner)) as ISubFlowRunner,
                services.GetService(typeof(IItemStreamSource)) as IItemStreamSource),
            expressions,
            new TestRunScheduler(),
            time,
            options,
            services.GetService(typeof(ILookupTableProvider)) as ILookupTableProvider);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var runId = Guid.NewGuid();
        var clock = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            outcome = await interpreter.StartAsync(flow, "designer-test", 0, runId, trigger, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = new RunOutcome(runId, RunStatus.Cancelled) { Error = StepError.Permanent($"The test run took longer than {Timeout.TotalSeconds:0} seconds and was stopped.") };
        }

        var snapshot = await store.LoadAsync(runId, CancellationToken.None);
        return Summarize(flow, outcome, snapshot, clock.Elapsed);
    }

    private static TestRunResult Summarize(FlowDefinition flow, RunOutcome outcome, RunSnapshot? snapshot, TimeSpan elapsed)
    {
        var steps = snapshot?.Steps.Values ?? [];
        var nodes = new Dictionary<string, NodeRunResult>(StringComparer.Ordinal);
        foreach (var group in steps.GroupBy(s => s.NodeId, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(s => s.StartedAt).ToList();
            var failed = ordered.FirstOrDefault(s => s.Status == StepStatus.Failed);
            var first = failed ?? ordered[0];
            nodes[group.Key] = new NodeRunResult(group.Key, failed?.Status ?? ordered[^1].Status)
            {
                Duration = first.Duration,
                Input = first.Input,
                Output = first.Output,
                Port = first.Port,
                Error = first.Error?.Message,
                Executions = ordered.Count,
            };
        }

        foreach (var node in flow.Nodes.Where(n => !nodes.ContainsKey(n.Id)))
        {
            nodes[node.Id] = new NodeRunResult(node.Id, StepStatus.Skipped);
        }

        return new TestRunResult(outcome.Status, nodes, elapsed)
        {
            Error = outcome.Error?.Message,
            FailedNodeId = outcome.Status == RunStatus.Failed ? outcome.NodeId : null,
        };
    }
}
