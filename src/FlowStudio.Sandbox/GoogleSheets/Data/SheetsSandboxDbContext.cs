using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>The Sheets sandbox's own SQLite file (EnsureCreated; a reset drops and re-seeds it).</summary>
public sealed class SheetsSandboxDbContext(DbContextOptions<SheetsSandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxSpreadsheet> Spreadsheets => Set<SandboxSpreadsheet>();

    public DbSet<SandboxSheet> Sheets => Set<SandboxSheet>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SandboxSpreadsheet>(spreadsheet =>
        {
            spreadsheet.HasKey(s => s.Id);

            // SQLite cannot order by DateTimeOffset; ticks keep the order.
            spreadsheet.Property(s => s.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
            spreadsheet.HasMany(s => s.Sheets).WithOne().HasForeignKey(s => s.SpreadsheetId);
        });
        modelBuilder.Entity<SandboxSheet>(sheet =>
        {
            sheet.HasKey(s => s.Key);
            sheet.HasIndex(s => new { s.SpreadsheetId, s.Title }).IsUnique();
        });
    }
}
