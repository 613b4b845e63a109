namespace FlowStudio.Sandbox.Kit;

/// <summary>Stops a handler with a provider's error answer; the sandbox's API filter writes <see cref="Reply"/>.</summary>
public sealed class SandboxReplyException : Exception
{
    public SandboxReplyException()
        : this(new JsonReply(500, null))
    {
    }

    public SandboxReplyException(string message)
        : base(message) => Reply = new JsonReply(400, null);

    public SandboxReplyException(string message, Exception innerException)
        : base(message, innerException) => Reply = new JsonReply(400, null);

    public SandboxReplyException(JsonReply reply)
        : base(reply?.Body?.ToJsonString()) => Reply = reply ?? throw new ArgumentNullException(nameof(reply));

    public JsonReply Reply { get; }
}
