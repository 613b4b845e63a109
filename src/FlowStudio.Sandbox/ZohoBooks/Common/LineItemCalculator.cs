using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>Fills line items from the item catalogue and taxes, and computes sub_total, tax_total and total.</summary>
public static class LineItemCalculator
{
    public static async Task ApplyAsync(ZohoSandboxDbContext db, TransactionDocument document, List<LineItem>? lines, CancellationToken cancellationToken)
    {
        if (lines is null || lines.Count == 0)
        {
            throw ZohoApiException.Missing("line_items");
        }

        var taxes = await db.Taxes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        decimal gross = 0m, taxTotal = 0m;
        var order = 0;
        foreach (var line in lines)
        {
            order++;
            if (ZohoIds.ParseOptional(line.ItemId, "item_id") is { } itemId)
            {
                var item = items.GetValueOrDefault(itemId) ?? throw ZohoApiException.InvalidValue("item_id");
                line.Name ??= item.Name;
                line.Description ??= item.Description;
                line.Rate ??= item.Rate;
                line.TaxId ??= item.TaxId is { } t ? ZohoJson.Id(t) : null;
            }

            var rate = line.Rate ?? throw ZohoApiException.Missing("rate");
            var quantity = line.Quantity ?? 1m;
            if (rate < 0m)
            {
                throw ZohoApiException.InvalidValue("rate");
            }

            if (quantity <= 0m)
            {
                throw ZohoApiException.InvalidValue("quantity");
            }

            var amount = Money.Round(rate * quantity);
            var percentage = 0m;
            if (ZohoIds.ParseOptional(line.TaxId, "tax_id") is { } taxId)
            {
                var tax = taxes.GetValueOrDefault(taxId) ?? throw ZohoApiException.InvalidValue("tax_id");
                percentage = tax.TaxPercentage;
                line.TaxName = tax.TaxName;
                line.TaxPercentage = tax.TaxPercentage;
            }

            taxTotal += document.IsInclusiveTax
                ? Money.Round(amount - (amount / (1m + (percentage / 100m))))
                : Money.Round(amount * percentage / 100m);
            gross += amount;
            line.Quantity = quantity;
            line.ItemTotal = amount;
            line.ItemOrder ??= order;
            line.LineItemId ??= ZohoJson.Id(await db.NextIdAsync(cancellationToken));
        }

        document.LineItems = lines;
        document.TaxTotal = taxTotal;
        document.SubTotal = document.IsInclusiveTax ? gross - taxTotal : gross;
        document.Total = document.SubTotal + taxTotal;
    }
}
