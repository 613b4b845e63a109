using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Slack.Data;

/// <summary>
/// Creates, seeds and resets the Slack sandbox and keeps its messages. Every write goes through one gate so
/// message timestamps stay unique per channel.
/// </summary>
public sealed class SlackSandboxStore(IDbContextFactory<SlackSandboxDbContext> contexts, IOptions<SlackSandboxOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        PrepareDirectory();
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Database.EnsureCreatedAsync(cancellationToken))
            {
                await SeedAsync(db, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        PrepareDirectory();
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.EnsureDeletedAsync(cancellationToken);
            SqliteConnection.ClearAllPools();
            await db.Database.EnsureCreatedAsync(cancellationToken);
            await SeedAsync(db, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A channel by id (<c>C0…</c>) or by name with or without <c>#</c>.</summary>
    public async Task<SlackChannel?> FindChannelAsync(string reference, CancellationToken cancellationToken)
    {
        var name = reference.TrimStart('#');
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == reference || c.Name == name, cancellationToken);
    }

    public async Task<SlackMessage> AddMessageAsync(string channelId, string text, string? blocksJson, string? threadTs, string source, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow();
            var seconds = now.ToUnixTimeSeconds();
            var prefix = seconds.ToString(CultureInfo.InvariantCulture) + ".";
            var sameSecond = await db.Messages.CountAsync(m => m.ChannelId == channelId && m.Ts.StartsWith(prefix), cancellationToken);
            var message = new SlackMessage
            {
                ChannelId = channelId,
                Ts = prefix + (sameSecond + 1).ToString("D6", CultureInfo.InvariantCulture),
                ThreadTs = threadTs,
                Text = text,
                BlocksJson = blocksJson,
                Source = source,
                PostedAt = now,
            };
            db.Messages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            return message;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<SlackMessage>> ListMessagesAsync(string? channelId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Messages.AsNoTracking();
        if (!string.IsNullOrEmpty(channelId))
        {
            query = query.Where(m => m.ChannelId == channelId);
        }

        return await query.OrderByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SlackChannel>> ListChannelsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Channels.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public void Dispose() => gate.Dispose();

    private static async Task SeedAsync(SlackSandboxDbContext db, CancellationToken cancellationToken)
    {
        db.Channels.AddRange(
            new SlackChannel { Id = SlackSandboxDemo.GeneralChannelId, Name = "general" },
            new SlackChannel { Id = SlackSandboxDemo.FinanceChannelId, Name = "finance-alerts" },
            new SlackChannel { Id = SlackSandboxDemo.ArchivedChannelId, Name = "old-announcements", IsArchived = true },
            new SlackChannel { Id = SlackSandboxDemo.PrivateChannelId, Name = "exec", IsMember = false });
        await db.SaveChangesAsync(cancellationToken);
    }

    private void PrepareDirectory()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Value.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
