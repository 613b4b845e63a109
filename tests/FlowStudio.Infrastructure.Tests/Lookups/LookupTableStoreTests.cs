using FlowStudio.Core.Auditing;
using FlowStudio.Core.Lookups;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Lookups;

public sealed class LookupTableStoreTests : IAsyncLifetime
{
    private static readonly AuditActor Designer = new("designer-id", "designer@flowstudio.local", "10.1.1.1");
    private SqliteServices services = default!;
    private LookupTableStore store = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await SqliteServices.StartAsync();
        store = services.Services.GetRequiredService<LookupTableStore>();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    internal static LookupTableDocument PaymentModes(params (string Key, string Mode)[] rows) => new()
    {
        Name = "payment_modes",
        Description = "Stripe payment method → Zoho payment mode",
        Options = new LookupTableOptions("method"),
        ValueColumns = ["mode"],
        Rows = [.. rows.Select(r => new LookupRow(r.Key, new Dictionary<string, string> { ["mode"] = r.Mode }))],
    };

    [Fact]
    public async Task Create_ValidTable_IsListedReadBackAndAudited()
    {
        var result = await store.CreateAsync(PaymentModes(("card", "Credit card"), ("sepa_debit", "Bank transfer")), Designer, Ct);

        result.Status.ShouldBe(LookupCommandStatus.Succeeded, result.Message);
        var listed = (await store.ListAsync(Ct)).ShouldHaveSingleItem();
        listed.Name.ShouldBe("payment_modes");
        listed.RowCount.ShouldBe(2);
        listed.ValueColumns.ShouldBe(["mode"]);
        listed.Revision.ShouldBe(1);
        var details = (await store.GetAsync(result.Table!.Id, Ct)).ShouldNotBeNull();
        details.Document.Options.KeyColumn.ShouldBe("method");
        details.Document.Rows.Select(r => (r.Key, r.Values["mode"])).ShouldBe([("card", "Credit card"), ("sepa_debit", "Bank transfer")]);
        (await AuditAsync(AuditActions.LookupCreated)).ShouldHaveSingleItem().ActorName.ShouldBe(Designer.Name);
    }

    [Fact]
    public async Task Create_DuplicateAndEmptyKeys_ReportsEachRowAndSavesNothing()
    {
        var result = await store.CreateAsync(PaymentModes(("card", "A"), ("", "B"), ("card", "C")), Designer, Ct);

        result.Status.ShouldBe(LookupCommandStatus.Invalid);
        result.Errors.Select(e => e.ToString()).ShouldBe([
            "Row 2, column 'method': The key is empty.",
            "Row 3, column 'method': Duplicate key 'card' (first on row 1).",
        ]);
        (await store.ListAsync(Ct)).ShouldBeEmpty();
        (await AuditAsync(AuditActions.LookupCreated)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_NameWithDotOrTakenInOtherCase_IsRefused()
    {
        (await store.CreateAsync(PaymentModes() with { Name = "modes.v2" }, Designer, Ct)).Errors.ShouldHaveSingleItem().Message.ShouldContain("dot");
        (await store.CreateAsync(PaymentModes(), Designer, Ct)).Succeeded.ShouldBeTrue();

        var again = await store.CreateAsync(PaymentModes() with { Name = "PAYMENT_MODES" }, Designer, Ct);

        again.Status.ShouldBe(LookupCommandStatus.Invalid);
        again.Errors.ShouldHaveSingleItem().Message.ShouldBe("A lookup table named 'PAYMENT_MODES' already exists.");
    }

    [Fact]
    public async Task Save_StaleRevision_IsAConflictAndKeepsTheNewerRows()
    {
        var created = await store.CreateAsync(PaymentModes(("card", "Credit card")), Designer, Ct);
        var id = created.Table!.Id;
        (await store.SaveAsync(id, PaymentModes(("card", "Card")), 1, Designer, Ct)).Table!.Revision.ShouldBe(2);

        var stale = await store.SaveAsync(id, PaymentModes(("card", "Stale")), 1, Designer, Ct);

        stale.Status.ShouldBe(LookupCommandStatus.Conflict);
        stale.Message!.ShouldContain("revision 2, you edited 1");
        (await store.GetAsync(id, Ct))!.Document.Rows.ShouldHaveSingleItem().Values["mode"].ShouldBe("Card");
        (await AuditAsync(AuditActions.LookupUpdated)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Delete_CurrentRevision_RemovesAndAudits()
    {
        var created = await store.CreateAsync(PaymentModes(("card", "Credit card")), Designer, Ct);

        (await store.DeleteAsync(created.Table!.Id, 2, Designer, Ct)).Status.ShouldBe(LookupCommandStatus.Conflict);
        (await store.DeleteAsync(created.Table.Id, 1, Designer, Ct)).Succeeded.ShouldBeTrue();

        (await store.ListAsync(Ct)).ShouldBeEmpty();
        (await AuditAsync(AuditActions.LookupDeleted)).ShouldHaveSingleItem().Summary.ShouldBe("Deleted lookup table 'payment_modes'");
    }

    [Fact]
    public async Task ImportCsv_BadRows_ReportsLineAndColumnAndImportsNothing()
    {
        const string csv = "method,mode\ncard,Credit card\n,Cash\ncard,Again\nsepa_debit\n";

        var result = await store.ImportCsvAsync(null, "payment_modes", new StringReader(csv), new LookupTableOptions("method"), null, Designer, cancellationToken: Ct);

        result.Status.ShouldBe(LookupCommandStatus.Invalid);
        result.Errors.Select(e => e.ToString()).ShouldBe([
            "Row 3, column 'method': The key is empty.",
            "Row 4, column 'method': Duplicate key 'card' (first on row 2).",
            "Row 5: Has 1 fields but the header has 2.",
        ]);
        (await store.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ImportCsv_IntoExistingTable_ReplacesRowsAndColumnsAndExportRoundTrips()
    {
        var created = await store.CreateAsync(PaymentModes(("card", "Credit card")), Designer, Ct);
        const string csv = "method,mode,account\ncard,\"Card, Visa\",4000\nach_debit,Bank transfer,4100\n";

        var result = await store.ImportCsvAsync(created.Table!.Id, "payment_modes", new StringReader(csv), new LookupTableOptions("method"), 1, Designer, cancellationToken: Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Table!.ValueColumns.ShouldBe(["mode", "account"]);
        result.Table.Revision.ShouldBe(2);
        var document = (await store.GetAsync(created.Table.Id, Ct))!.Document;
        document.Description.ShouldBe("Stripe payment method → Zoho payment mode");
        LookupCsvExporter.Export(document).ReplaceLineEndings("\n").ShouldBe(csv);
        (await AuditAsync(AuditActions.LookupImported)).ShouldHaveSingleItem().Summary.ShouldBe("Imported CSV into lookup table 'payment_modes' (2 rows)");
    }

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = services.CreateDbContext();
        return await db.AuditEntries.Where(e => e.Action == action).ToListAsync(Ct);
    }
}
