using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// Deletes inbox entries past their retention (<see cref="TriggersOptions.InboxRetention"/>, or
/// <see cref="TriggersOptions.RejectedInboxRetention"/> for rejected deliveries), oldest first, in batches of
/// <see cref="TriggersOptions.InboxPurgeBatchSize"/>. An entry whose run (or redelivered run) is still pending, running or
/// waiting is kept whatever its age: it is what that run was started from.
/// </summary>
internal sealed class InboxRetention(IDbContextFactory<FlowStudioDbContext> contexts, TriggersOptions options, TimeProvider clock)
{
    private static readonly RunStatus[] InProgress = [RunStatus.Pending, RunStatus.Running, RunStatus.Waiting];

    /// <summary>Purges everything due now; returns how many entries were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (kept, rejectedKept) = (now - options.InboxRetention, now - options.RejectedInboxRetention);
        var deleted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var runs = db.Set<RunEntity>();
            var due = await db.Set<InboxEntryEntity>()
                .Where(e => e.Status == InboxStatus.Rejected ? e.ReceivedAt < rejectedKept : e.ReceivedAt < kept)
                .Where(e => !runs.Any(r => (r.Id == e.RunId || r.Id == e.RedeliveredRunId) && InProgress.Contains(r.Status)))
                .OrderBy(e => e.ReceivedAt)
                .Select(e => e.Id)
                .Take(options.InboxPurgeBatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                return deleted;
            }

            deleted += await db.Set<InboxEntryEntity>().Where(e => due.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (due.Count < options.InboxPurgeBatchSize)
            {
                return deleted;
            }
        }
    }
}
