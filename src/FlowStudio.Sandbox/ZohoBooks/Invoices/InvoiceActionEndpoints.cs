using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public static class InvoiceActionEndpoints
{
    public static void MapInvoiceActions(this RouteGroupBuilder api)
    {
        api.MapPost("/invoices/{invoiceId}/status/sent", MarkSentAsync).WithName("ZohoSandboxMarkInvoiceSent");
        api.MapPost("/invoices/{invoiceId}/status/void", VoidAsync).WithName("ZohoSandboxVoidInvoice");
        api.MapPost("/invoices/{invoiceId}/status/draft", MarkDraftAsync).WithName("ZohoSandboxMarkInvoiceDraft");
        api.MapPost("/invoices/{invoiceId}/email", EmailAsync).WithName("ZohoSandboxEmailInvoice");
    }

    public static async Task<IResult> MarkSentAsync(string invoiceId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceEndpoints.FindAsync(db, invoiceId, cancellationToken);
        if (invoice.Status == "void")
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, "Voided invoices cannot be marked as sent.");
        }

        invoice.Status = "sent";
        invoice.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Invoice status has been changed to Sent.");
    }

    public static async Task<IResult> VoidAsync(string invoiceId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceEndpoints.FindAsync(db, invoiceId, cancellationToken);
        if (invoice.PaymentMade > 0m || invoice.CreditsApplied > 0m)
        {
            throw ZohoApiException.Rule(
                ZohoErrorCodes.InvalidStatusTransition,
                "Invoices with payments or credits applied cannot be voided. Delete the payments or credits first.");
        }

        invoice.Status = "void";
        invoice.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Invoice status has been changed to Void.");
    }

    public static async Task<IResult> MarkDraftAsync(string invoiceId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceEndpoints.FindAsync(db, invoiceId, cancellationToken);
        if (invoice.PaymentMade > 0m || invoice.CreditsApplied > 0m)
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, "Invoices with payments or credits applied cannot be marked as draft.");
        }

        invoice.Status = "draft";
        invoice.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Status of invoice changed from void to draft.");
    }

    public static async Task<IResult> EmailAsync(string invoiceId, HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceEndpoints.FindAsync(db, invoiceId, cancellationToken);
        var body = await ZohoBody.ReadAsync<InvoiceEmailRequest>(request, cancellationToken);
        if (invoice.Status == "void")
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, "Voided invoices cannot be emailed.");
        }

        var customer = await db.Contacts.FindAsync([invoice.ContactId], cancellationToken);
        var recipients = body.ToMailIds is { Count: > 0 } to ? to : customer?.Email is { } email ? [email] : [];
        if (recipients.Count == 0)
        {
            throw ZohoApiException.Missing("to_mail_ids");
        }

        if (recipients.Concat(body.CcMailIds ?? []).Any(address => !address.Contains('@', StringComparison.Ordinal)))
        {
            throw ZohoApiException.InvalidValue("to_mail_ids");
        }

        invoice.IsEmailed = true;
        if (invoice.Status == "draft")
        {
            invoice.Status = "sent";
        }

        invoice.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Your invoice has been sent.");
    }
}
