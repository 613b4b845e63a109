using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.Slack.Data;

/// <summary>The Slack sandbox's own SQLite file, created with EnsureCreated: disposable demo state that a reset drops.</summary>
public sealed class SlackSandboxDbContext(DbContextOptions<SlackSandboxDbContext> options) : DbContext(options)
{
    public DbSet<SlackChannel> Channels => Set<SlackChannel>();

    public DbSet<SlackMessage> Messages => Set<SlackMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SlackChannel>(channel =>
        {
            channel.HasKey(c => c.Id);
            channel.HasIndex(c => c.Name).IsUnique();
        });
        modelBuilder.Entity<SlackMessage>(message =>
        {
            message.HasKey(m => m.Id);
            message.HasIndex(m => new { m.ChannelId, m.Ts }).IsUnique();

            // SQLite cannot order by DateTimeOffset; ticks keep the order.
            message.Property(m => m.PostedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        });
    }
}
