namespace FlowStudio.Core.Catalog;

/// <summary>Type keys of the built-in node types, as stored in flow documents.</summary>
public static class NodeTypeKeys
{
    public const string ManualTrigger = "trigger.manual";
    public const string WebhookTrigger = "trigger.webhook";
    public const string ScheduleTrigger = "trigger.schedule";
    public const string PollTrigger = "trigger.poll";
    public const string ConnectorAction = "action.connector";
    public const string HttpRequest = "action.http";
    public const string CallSubFlow = "action.subflow";
    public const string Map = "logic.map";
    public const string Condition = "logic.condition";
    public const string Switch = "logic.switch";
    public const string SetVariable = "logic.setVariable";
    public const string ForEach = "flow.forEach";
    public const string Merge = "flow.merge";
    public const string Delay = "flow.delay";
    public const string Stop = "flow.stop";
    public const string Fail = "flow.fail";
    public const string WaitForApproval = "human.approval";
}
