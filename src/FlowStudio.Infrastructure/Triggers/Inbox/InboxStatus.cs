namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>What became of one delivery (or one event of a batched delivery).</summary>
public enum InboxStatus
{
    /// <summary>Verified, new: a run was queued.</summary>
    Accepted,

    /// <summary>Verified, but its event was already received for this flow: nothing started.</summary>
    Duplicate,

    /// <summary>Not verified (bad or missing signature, stale timestamp, too large) or the flow could not start: no run.</summary>
    Rejected,

    /// <summary>Verified, but of an event type the trigger does not accept: nothing started.</summary>
    Ignored,
}
