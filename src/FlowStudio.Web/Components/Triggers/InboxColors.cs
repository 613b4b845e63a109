using FlowStudio.Infrastructure.Triggers.Inbox;
using MudBlazor;

namespace FlowStudio.Web.Components.Triggers;

/// <summary>One colour per inbox status, the same on the Triggers page and in the inbox.</summary>
public static class InboxColors
{
    public static Color Of(InboxStatus status) => status switch
    {
        InboxStatus.Accepted => Color.Success,
        InboxStatus.Duplicate => Color.Info,
        InboxStatus.Rejected => Color.Error,
        _ => Color.Default,
    };
}
