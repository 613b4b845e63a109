using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.Gmail.Data;

/// <summary>The Gmail sandbox's mailbox in its own SQLite file (EnsureCreated; a reset drops and re-seeds it).</summary>
public sealed class GmailSandboxDbContext(DbContextOptions<GmailSandboxDbContext> options) : DbContext(options)
{
    public DbSet<GmailMessage> Messages => Set<GmailMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<GmailMessage>(message =>
        {
            message.HasKey(m => m.Id);
            message.HasIndex(m => m.MessageIdHeader);
            message.HasIndex(m => m.InternalDate);
            message.Ignore(m => m.LabelIds);
            message.Ignore(m => m.Snippet);
        });
}
