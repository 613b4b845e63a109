using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// Records deliveries in the durable inbox and queues their runs in the same transaction, inside the run
/// write queue's group commit: a delivery is stored, de-duplicated and its run queued in one commit shared
/// with every other write of the moment, and the sender is answered only after it. An event already in the
/// inbox for the flow (same node and key) is recorded as a duplicate and starts nothing.
/// </summary>
internal sealed class InboxWriter(RunWriteQueue writes, RunQueueSignal signal, RunChanges changes, TimeProvider clock)
{
    private InboxSql? _sql;

    public async Task<IReadOnlyList<InboxResult>> RecordAsync(InboxDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var now = clock.GetUtcNow();
        var results = await writes.WriteAsync(async batch =>
        {
            var sql = _sql ??= InboxSql.For(batch.Db);
            var recorded = new List<InboxResult>(delivery.Items.Count);
            foreach (var item in delivery.Items)
            {
                var entry = Entry(delivery, item, now);
                var uniqueKey = RunMapping.Clip($"{delivery.NodeId}:{item.EventKey}", 400)!;
                if (await sql.ExistsAsync(batch.Db, delivery.FlowId, uniqueKey).ConfigureAwait(false))
                {
                    if (!delivery.RecordDuplicates)
                    {
                        recorded.Add(new InboxResult(Guid.Empty, entry.EventKey, InboxStatus.Duplicate, null, "Already received; nothing started."));
                        continue;
                    }

                    entry.Status = InboxStatus.Duplicate;
                    entry.Reason = "Already received; nothing started.";
                }
                else if (item.TriggerJson is null)
                {
                    entry.Status = InboxStatus.Ignored;
                    entry.Reason = RunMapping.Clip(item.IgnoredBecause, 500);
                    entry.UniqueKey = uniqueKey;
                }
                else
                {
                    var run = NewRun(delivery, item, now);
                    if (await batch.Sql.QueueRunAsync(run).ConfigureAwait(false))
                    {
                        entry.Status = InboxStatus.Accepted;
                        entry.UniqueKey = uniqueKey;
                        entry.RunId = run.Id;
                    }
                    else
                    {
                        entry.Status = InboxStatus.Rejected;
                        entry.Reason = "The flow has no published version; no run was started.";
                    }
                }

                await sql.InsertAsync(batch.Db, entry).ConfigureAwait(false);
                recorded.Add(new InboxResult(entry.Id, entry.EventKey, entry.Status, entry.RunId, entry.Reason));
            }

            return recorded;
        }).ConfigureAwait(false);

        if (results.Any(r => r.RunId is not null))
        {
            signal.Notify();
            foreach (var result in results.Where(r => r.RunId is not null))
            {
                changes.Publish(result.RunId!.Value, RunStatus.Pending);
            }
        }

        return results;
    }

    /// <summary>Records a delivery that failed verification: no key, no run; the body is kept clipped for diagnosis.</summary>
    public async Task<InboxResult> RecordRejectedAsync(Guid flowId, string nodeId, TriggerKind source, string eventKey, ReadOnlyMemory<byte> body, string reason, string? contentType, string? headersJson)
    {
        var entry = new InboxEntryEntity
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FlowId = flowId,
            NodeId = nodeId,
            Source = source,
            Status = InboxStatus.Rejected,
            EventKey = RunMapping.Clip(eventKey, 300)!,
            Reason = RunMapping.Clip(reason, 500),
            ReceivedAt = clock.GetUtcNow(),
            Body = body.ToArray(),
            ContentType = RunMapping.Clip(contentType, 200),
            HeadersJson = headersJson,
        };
        await writes.WriteAsync(async batch => await (_sql ??= InboxSql.For(batch.Db)).InsertAsync(batch.Db, entry).ConfigureAwait(false)).ConfigureAwait(false);
        return new InboxResult(entry.Id, entry.EventKey, entry.Status, null, entry.Reason);
    }

    private static InboxEntryEntity Entry(InboxDelivery delivery, InboxItem item, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FlowId = delivery.FlowId,
        NodeId = delivery.NodeId,
        Source = delivery.Source,
        EventKey = RunMapping.Clip(item.EventKey, 300)!,
        EventType = RunMapping.Clip(item.EventType, 200),
        ReceivedAt = now,
        Body = item.Body.ToArray(),
        ContentType = RunMapping.Clip(delivery.ContentType, 200),
        HeadersJson = delivery.HeadersJson,
    };

    private static RunEntity NewRun(InboxDelivery delivery, InboxItem item, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        FlowId = delivery.FlowId,
        Status = RunStatus.Pending,
        Correlation = RunMapping.Clip(item.Correlation, 200),
        CreatedAt = now,
        TriggerJson = item.TriggerJson!,
        ReadyAt = now,
        StartedBy = RunMapping.Clip(delivery.StartedBy, 256),
    };
}
