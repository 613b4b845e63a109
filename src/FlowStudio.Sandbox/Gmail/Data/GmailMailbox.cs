using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Gmail.Data;

/// <summary>
/// The sandbox account's mailbox: what the API sent, plus two seeded inbox messages. The Mailbox page reads it
/// through <see cref="ListAsync"/> and <see cref="GetAsync"/>.
/// </summary>
public sealed class GmailMailbox(IDbContextFactory<GmailSandboxDbContext> contexts, IOptions<GmailSandboxOptions> options, TimeProvider time) : IDisposable
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
                Seed(db);
                await db.SaveChangesAsync(cancellationToken);
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
            Seed(db);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Newest first; <paramref name="label"/> (SENT, INBOX) narrows.</summary>
    public async Task<IReadOnlyList<GmailMessage>> ListAsync(string? label, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Messages.AsNoTracking();
        if (!string.IsNullOrEmpty(label))
        {
            query = query.Where(m => ("," + m.Labels + ",").Contains("," + label + ","));
        }

        return await query.OrderByDescending(m => m.InternalDate).ThenByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<GmailMessage?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<GmailMessage>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking().OrderByDescending(m => m.InternalDate).ThenByDescending(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Stores a sent message, giving it an id and the thread it belongs to (by threadId, else In-Reply-To/References).</summary>
    public async Task<GmailMessage> AddSentAsync(GmailMessage message, string? requestedThreadId, IReadOnlyCollection<string> referencedMessageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var count = await db.Messages.CountAsync(cancellationToken);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            message.Id = (((ulong)now << 12) | (uint)(count % 4096)).ToString("x16", CultureInfo.InvariantCulture);
            message.InternalDate = now;
            string? thread = null;
            if (!string.IsNullOrEmpty(requestedThreadId))
            {
                thread = await db.Messages.Where(m => m.ThreadId == requestedThreadId).Select(m => m.ThreadId).FirstOrDefaultAsync(cancellationToken);
            }

            if (thread is null && referencedMessageIds.Count > 0)
            {
                thread = await db.Messages.Where(m => referencedMessageIds.Contains(m.MessageIdHeader)).Select(m => m.ThreadId).FirstOrDefaultAsync(cancellationToken);
            }

            message.ThreadId = thread ?? message.Id;
            db.Messages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            return message;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static void Seed(GmailSandboxDbContext db)
    {
        db.Messages.AddRange(
            Inbox(
                "18c0a1b2c3d40001",
                "<remittance-4411@northwind-demo.example>",
                "Accounts Payable <ap@northwind-demo.example>",
                "Remittance advice: INV-000102",
                "Hello,\r\n\r\nPlease find our payment of USD 4,250.00 for INV-000102, sent today by bank transfer.\r\n\r\nRegards,\r\nNorthwind Traders AP",
                new DateTimeOffset(2025, 1, 6, 9, 15, 0, TimeSpan.Zero)),
            Inbox(
                "18c0a1b2c3d40002",
                "<w9-request-17@contoso-demo.example>",
                "Vendor Onboarding <vendors@contoso-demo.example>",
                "Updated W-9 and bank details",
                "Hi team,\r\n\r\nOur remittance bank account changes on 1 February. The signed W-9 is attached in our portal.\r\n\r\nThanks,\r\nContoso Supplies",
                new DateTimeOffset(2025, 1, 8, 14, 2, 0, TimeSpan.Zero)));
    }

    private static GmailMessage Inbox(string id, string messageId, string from, string subject, string body, DateTimeOffset date)
    {
        var dateHeader = date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var raw = $"From: {from}\r\nTo: {GmailSandboxDemo.EmailAddress}\r\nSubject: {subject}\r\nDate: {dateHeader}\r\nMessage-ID: {messageId}\r\n"
            + $"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{body}";
        return new GmailMessage
        {
            Id = id,
            ThreadId = id,
            MessageIdHeader = messageId,
            From = from,
            To = GmailSandboxDemo.EmailAddress,
            Subject = subject,
            TextBody = body,
            Raw = raw,
            Labels = "INBOX,UNREAD",
            InternalDate = date.ToUnixTimeMilliseconds(),
            HeadersJson = System.Text.Json.JsonSerializer.Serialize(new[]
            {
                new { name = "From", value = from },
                new { name = "To", value = GmailSandboxDemo.EmailAddress },
                new { name = "Subject", value = subject },
                new { name = "Date", value = dateHeader },
                new { name = "Message-ID", value = messageId },
            }),
        };
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
