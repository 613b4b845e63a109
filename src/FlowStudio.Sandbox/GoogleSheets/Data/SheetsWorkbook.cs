using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>
/// The sandbox account's spreadsheets: the seeded finance ledger plus whatever the API created. Writes go one at a
/// time so an append always lands below the previous one. The Sheets viewer page reads through <see cref="ListAsync"/>.
/// </summary>
public sealed class SheetsWorkbook(IDbContextFactory<SheetsSandboxDbContext> contexts, IOptions<GoogleSheetsSandboxOptions> options, TimeProvider time) : IDisposable
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

    /// <summary>Every spreadsheet with its sheets, oldest first.</summary>
    public async Task<IReadOnlyList<SandboxSpreadsheet>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var spreadsheets = await db.Spreadsheets.AsNoTracking().Include(s => s.Sheets).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        spreadsheets.ForEach(s => s.Sheets.Sort((a, b) => a.Index.CompareTo(b.Index)));
        return spreadsheets;
    }

    public async Task<SandboxSpreadsheet?> GetAsync(string spreadsheetId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var spreadsheet = await db.Spreadsheets.AsNoTracking().Include(s => s.Sheets).FirstOrDefaultAsync(s => s.Id == spreadsheetId, cancellationToken);
        spreadsheet?.Sheets.Sort((a, b) => a.Index.CompareTo(b.Index));
        return spreadsheet;
    }

    public async Task<SandboxSpreadsheet> CreateAsync(string title, IReadOnlyList<string> sheetTitles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheetTitles);
        var spreadsheet = new SandboxSpreadsheet
        {
            Id = "1" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(33)).Replace('+', '-').Replace('/', '_')[..43],
            Title = title,
            CreatedAt = time.GetUtcNow(),
            Sheets = [.. (sheetTitles.Count == 0 ? ["Sheet1"] : sheetTitles).Select((t, i) => new SandboxSheet { SpreadsheetId = string.Empty, SheetId = i == 0 ? 0 : 100000 + i, Title = t, Index = i })],
        };
        spreadsheet.Sheets.ForEach(s => s.SpreadsheetId = spreadsheet.Id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Spreadsheets.Add(spreadsheet);
            await db.SaveChangesAsync(cancellationToken);
            return spreadsheet;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> on one sheet's grid under the write lock and stores the grid; null when the
    /// spreadsheet or sheet does not exist. The sheet is chosen by <paramref name="pickSheet"/> from the ordered sheets.
    /// </summary>
    public async Task<(SandboxSheet Sheet, T Result)?> UpdateAsync<T>(
        string spreadsheetId, Func<IReadOnlyList<SandboxSheet>, SandboxSheet?> pickSheet, Func<SheetGrid, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pickSheet);
        ArgumentNullException.ThrowIfNull(change);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var sheets = await db.Sheets.Where(s => s.SpreadsheetId == spreadsheetId).OrderBy(s => s.Index).ToListAsync(cancellationToken);
            if (pickSheet(sheets) is not { } sheet)
            {
                return null;
            }

            var grid = sheet.Grid();
            var result = change(grid);
            sheet.GridJson = grid.ToJson();
            await db.SaveChangesAsync(cancellationToken);
            return (sheet, result);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static void Seed(SheetsSandboxDbContext db)
    {
        var invoices = SheetGrid.Empty();
        object[][] invoiceRows =
        [
            ["Date", "Invoice", "Customer", "Amount", "Currency"],
            ["2025-01-06", "INV-000101", "Northwind Traders", 4250.00m, "USD"],
            ["2025-01-08", "INV-000102", "Contoso Supplies", 1299.99m, "USD"],
        ];
        Fill(invoices, invoiceRows);
        var payments = SheetGrid.Empty();
        Fill(payments, [["Date", "Payment", "Invoice", "Amount"]]);
        db.Spreadsheets.Add(new SandboxSpreadsheet
        {
            Id = GoogleSheetsSandboxDemo.LedgerSpreadsheetId,
            Title = "Finance ledger",
            CreatedAt = new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.Zero),
            Sheets =
            [
                new SandboxSheet { SpreadsheetId = GoogleSheetsSandboxDemo.LedgerSpreadsheetId, SheetId = 0, Title = "Invoices", Index = 0, GridJson = invoices.ToJson() },
                new SandboxSheet { SpreadsheetId = GoogleSheetsSandboxDemo.LedgerSpreadsheetId, SheetId = 1397546881, Title = "Payments", Index = 1, GridJson = payments.ToJson() },
            ],
        });
    }

    private static void Fill(SheetGrid grid, object[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                grid.Set(r, c, rows[r][c] switch
                {
                    decimal d => JsonValue.Create(d),
                    string s => JsonValue.Create(s),
                    _ => null,
                });
            }
        }
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
