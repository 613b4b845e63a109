namespace FlowStudio.Sandbox.Slack.Data;

public sealed class SlackChannel
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public bool IsArchived { get; set; }

    /// <summary>Whether the demo bot was invited; posting elsewhere answers <c>not_in_channel</c>.</summary>
    public bool IsMember { get; set; } = true;
}
