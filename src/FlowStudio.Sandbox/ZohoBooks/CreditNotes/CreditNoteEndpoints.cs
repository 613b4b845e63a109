using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.CreditNotes;

public static class CreditNoteEndpoints
{
    public static void MapCreditNotes(this RouteGroupBuilder api)
    {
        api.MapGet("/creditnotes", ListAsync).WithName("ZohoSandboxListCreditNotes");
        api.MapGet("/creditnotes/{creditnoteId}", GetAsync).WithName("ZohoSandboxGetCreditNote");
        api.MapPost("/creditnotes", CreateAsync).WithName("ZohoSandboxCreateCreditNote");
        api.MapPost("/creditnotes/{creditnoteId}/invoices", ApplyToInvoicesAsync).WithName("ZohoSandboxApplyCreditNote");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var notes = await db.CreditNotes.AsNoTracking().ToListAsync(cancellationToken);
        var page = DocumentEndpointHelpers.List(new ZohoListQuery(request.Query), notes, "customer", "Credit Notes", n => n.EffectiveStatus, n => Project(n, detail: false));
        return ZohoResults.List("creditnotes", page);
    }

    public static async Task<IResult> GetAsync(string creditnoteId, ZohoSandboxDbContext db, CancellationToken cancellationToken) =>
        ZohoResults.Ok("success", "creditnote", Project(await FindAsync(db, creditnoteId, cancellationToken), detail: true));

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<DocumentRequest>(request, cancellationToken);
        var note = new CreditNote { Status = "open" };
        await DocumentEndpointHelpers.InitializeAsync(db, note, body, "customer_id", time, cancellationToken);
        note.Number = $"CN-{await db.NextAsync("creditnote", cancellationToken):D5}";
        db.CreditNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The credit note has been created.", "creditnote", Project(note, detail: true));
    }

    public static async Task<IResult> ApplyToInvoicesAsync(string creditnoteId, HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var note = await FindAsync(db, creditnoteId, cancellationToken);
        if (note.Status != "open")
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, $"Credits cannot be applied from a {note.Status} credit note.");
        }

        var body = await ZohoBody.ReadAsync<ApplyCreditRequest>(request, cancellationToken);
        if (body.Invoices is not { Count: > 0 })
        {
            throw ZohoApiException.Missing("invoices");
        }

        var applications = await InvoiceApplications.ValidateAsync(db, note.ContactId, body.Invoices, note.Balance, cancellationToken);
        foreach (var (invoice, amount) in applications)
        {
            invoice.CreditsApplied += amount;
            invoice.LastModifiedTime = time.GetUtcNow();
        }

        note.Invoices = [.. note.Invoices, .. InvoiceApplications.Record(applications, time.Today())];
        note.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var applied = applications.Select(a => new AppliedInvoicePayload
        {
            InvoiceId = ZohoJson.Id(a.Invoice.Id),
            InvoiceNumber = a.Invoice.Number,
            AmountApplied = a.Amount,
            BalanceAmount = a.Invoice.Balance,
        }).ToList();
        return ZohoResults.Ok("Credits have been applied to the invoice(s).", "apply_to_invoices", new Dictionary<string, object?> { ["invoices"] = applied });
    }

    private static async Task<CreditNote> FindAsync(ZohoSandboxDbContext db, string creditnoteId, CancellationToken cancellationToken) =>
        await db.CreditNotes.FindAsync([ZohoIds.Parse(creditnoteId, "creditnote_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Credit note");

    private static Dictionary<string, object?> Project(CreditNote note, bool detail)
    {
        var json = DocumentJson.Build(note, "creditnote", "customer", note.EffectiveStatus, detail);
        json["balance"] = note.Balance;
        if (detail)
        {
            json["invoices_credited"] = note.Invoices.Select(a => new AppliedInvoicePayload
            {
                InvoiceId = ZohoJson.Id(a.DocumentId),
                InvoiceNumber = a.DocumentNumber,
                AmountApplied = a.AmountApplied,
                Date = ZohoJson.Date(a.Date),
            }).ToList();
        }

        return json;
    }
}
