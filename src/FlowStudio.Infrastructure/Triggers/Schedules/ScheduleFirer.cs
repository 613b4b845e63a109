using System.Globalization;
using System.Text;
using System.Text.Json;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Storage;

namespace FlowStudio.Infrastructure.Triggers.Schedules;

/// <summary>Turns a schedule fire into an inbox entry and a run.</summary>
internal sealed class ScheduleFirer(InboxWriter inbox, TriggerStateStore state)
{
    public async Task<InboxResult> FireAsync(Guid flowId, string nodeId, DateTimeOffset scheduledFor, DateTimeOffset firedAt)
    {
        var key = scheduledFor.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var payload = JsonSerializer.Serialize(new { scheduledFor = scheduledFor.UtcDateTime, firedAt = firedAt.UtcDateTime, nodeId });
        var results = await inbox.RecordAsync(new InboxDelivery(
            flowId, nodeId, TriggerKind.Schedule, [new InboxItem(key, "schedule", Encoding.UTF8.GetBytes(payload), payload, $"schedule {key}")])
        {
            ContentType = "application/json",
            StartedBy = "schedule",
        }).ConfigureAwait(false);
        await state.FiredAsync(flowId, nodeId, firedAt, results.Count(r => r.RunId is not null), null).ConfigureAwait(false);
        return results[0];
    }
}
