using System.Collections.Concurrent;
using FlowStudio.Core.Catalog;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Executors;

namespace FlowStudio.Engine.Execution;

/// <summary>Executors by node type key.</summary>
public sealed class NodeExecutorRegistry
{
    private readonly ConcurrentDictionary<string, INodeExecutor> _executors = new(StringComparer.Ordinal);

    /// <summary>Every built-in node type. A node whose optional service is missing fails with a clear error.</summary>
    public static NodeExecutorRegistry CreateBuiltIn(
        IConnectorInvoker connectors,
        IHttpRequestSender? http = null,
        ISubFlowRunner? subFlows = null,
        IItemStreamSource? streams = null)
    {
        var registry = new NodeExecutorRegistry();
        var trigger = new TriggerExecutor();
        registry.Register(NodeTypeKeys.ManualTrigger, trigger);
        registry.Register(NodeTypeKeys.WebhookTrigger, trigger);
        registry.Register(NodeTypeKeys.ScheduleTrigger, trigger);
        registry.Register(NodeTypeKeys.PollTrigger, trigger);
        registry.Register(NodeTypeKeys.ConnectorAction, new ConnectorActionExecutor(connectors));
        registry.Register(NodeTypeKeys.HttpRequest, new HttpRequestExecutor(http));
        registry.Register(NodeTypeKeys.CallSubFlow, new CallSubFlowExecutor(subFlows));
        registry.Register(NodeTypeKeys.Map, new MapExecutor());
        registry.Register(NodeTypeKeys.Condition, new ConditionExecutor());
        registry.Register(NodeTypeKeys.Switch, new SwitchExecutor());
        registry.Register(NodeTypeKeys.SetVariable, new SetVariableExecutor());
        registry.Register(NodeTypeKeys.ForEach, new ForEachExecutor(streams));
        registry.Register(NodeTypeKeys.Merge, new MergeExecutor());
        registry.Register(NodeTypeKeys.Delay, new DelayExecutor());
        registry.Register(NodeTypeKeys.Stop, new StopExecutor());
        registry.Register(NodeTypeKeys.Fail, new FailExecutor());
        registry.Register(NodeTypeKeys.WaitForApproval, new ApprovalExecutor());
        return registry;
    }

    /// <summary>Adds or replaces the executor of a node type.</summary>
    public void Register(string typeKey, INodeExecutor executor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeKey);
        ArgumentNullException.ThrowIfNull(executor);
        _executors[typeKey] = executor;
    }

    public INodeExecutor? Find(string typeKey) => _executors.GetValueOrDefault(typeKey);
}
