using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static readonly string[] JournalLineFields = ["account_id", "debit_or_credit", "amount", "description", "customer_id", "tax_id"];

    private static IEnumerable<ZohoOperationHandler> Accounting() =>
    [
        ZohoOperationHandler.Many("organizations.list", call =>
            call.List((client, ct) => Once(() => client.ListOrganizationsAsync(ct)))),
        ZohoOperationHandler.Many("accounts.list", call => call.List((client, ct) => client.ListAccountsAsync(ct))),
        ZohoOperationHandler.Many("items.list", call => call.List((client, ct) => client.ListItemsAsync(ct))),
        ZohoOperationHandler.Many("taxes.list", call => call.List((client, ct) => client.ListTaxesAsync(ct))),
        ZohoOperationHandler.One("journals.create", call =>
        {
            var journal = new ZohoJournalInput
            {
                JournalDate = call.Input.Date("journal_date"),
                ReferenceNumber = call.Input.Text("reference_number"),
                Notes = call.Input.Text("notes"),
                Status = call.Input.Text("status"),
                LineItems = call.Input.Fields.Objects("line_items", JournalLineFields, JournalLine) ?? [],
            };
            return call.SendAsync((client, ct) => client.CreateJournalAsync(journal, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.Many("journals.list", call =>
        {
            var filter = Filter(call.Input);
            return call.List((client, ct) => client.ListJournalsAsync(filter, ct));
        }),
        ZohoOperationHandler.One("reports.ar_aging_summary", call =>
        {
            var query = AgingQuery(call.Input);
            return call.SendAsync((client, ct) => client.GetArAgingSummaryAsync(query, ct), ZohoOutput.ArAging);
        }),
        ZohoOperationHandler.Many("reports.ar_aging_details", call =>
        {
            var query = AgingQuery(call.Input);
            return call.List((client, ct) => client.ListArAgingDetailsAsync(query, ct));
        }),
    ];

    private static ZohoJournalLine JournalLine(InputObject line)
    {
        var side = line.RequiredText("debit_or_credit");
        if (side.Length > 0 && side is not ("debit" or "credit"))
        {
            line.RejectValue("debit_or_credit", $"must be debit or credit, got '{side}'");
        }

        return new ZohoJournalLine
        {
            AccountId = line.RequiredText("account_id"),
            DebitOrCredit = side,
            Amount = line.RequiredDecimal("amount"),
            Description = line.Text("description"),
            CustomerId = line.Text("customer_id"),
            TaxId = line.Text("tax_id"),
        };
    }

    private static ZohoArAgingQuery AgingQuery(ZohoInput input) => new()
    {
        Date = input.Date("date"),
        IntervalRange = input.Integer("interval_range"),
        NumberOfColumns = input.Integer("number_of_columns"),
        CustomerId = input.Text("customer_id"),
    };

    /// <summary>A list Zoho returns whole (no paging) as a stream, fetched when first read.</summary>
    private static async IAsyncEnumerable<T> Once<T>(Func<Task<List<T>>> all)
    {
        foreach (var item in await all())
        {
            yield return item;
        }
    }
}
