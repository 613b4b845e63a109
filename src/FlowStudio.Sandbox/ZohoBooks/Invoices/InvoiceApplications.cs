using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

/// <summary>Validates applying money (a payment or a credit note) to a customer's invoices; nothing is changed on error.</summary>
public static class InvoiceApplications
{
    public static async Task<List<(Invoice Invoice, decimal Amount)>> ValidateAsync(
        ZohoSandboxDbContext db,
        long customerId,
        IReadOnlyList<AppliedInvoicePayload> entries,
        decimal available,
        CancellationToken cancellationToken)
    {
        var applications = new List<(Invoice Invoice, decimal Amount)>();
        foreach (var entry in entries)
        {
            var invoice = await InvoiceEndpoints.FindAsync(db, entry.InvoiceId ?? throw ZohoApiException.Missing("invoice_id"), cancellationToken);
            if (invoice.ContactId != customerId)
            {
                throw ZohoApiException.InvalidValue("invoice_id");
            }

            if (invoice.Status is "draft" or "void")
            {
                throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, $"Payments and credits cannot be applied to {invoice.Status} invoice {invoice.Number}.");
            }

            var amount = entry.AmountApplied ?? throw ZohoApiException.Missing("amount_applied");
            if (amount <= 0m || decimal.Round(amount, 2) != amount)
            {
                throw ZohoApiException.InvalidValue("amount_applied");
            }

            var alreadyApplied = applications.Where(a => a.Invoice.Id == invoice.Id).Sum(a => a.Amount);
            if (amount + alreadyApplied > invoice.Balance)
            {
                throw ZohoApiException.Rule(
                    ZohoErrorCodes.AmountExceedsBalance,
                    $"The amount applied ({amount}) is more than the balance due ({invoice.Balance - alreadyApplied}) of invoice {invoice.Number}.");
            }

            applications.Add((invoice, amount));
        }

        if (applications.Sum(a => a.Amount) > available)
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.AmountExceedsPayment, "The total amount applied to invoices is more than the amount available.");
        }

        return applications;
    }

    public static List<AppliedAmount> Record(List<(Invoice Invoice, decimal Amount)> applications, DateOnly date) =>
        applications.Select(a => new AppliedAmount { DocumentId = a.Invoice.Id, DocumentNumber = a.Invoice.Number, AmountApplied = a.Amount, Date = date }).ToList();
}
