using FlowStudio.Core.Catalog;
using FlowStudio.Connectors.ZohoBooks.Catalog;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class CatalogTests
{
    [Fact]
    public void Register_AddsEveryOperationOnceUnderZohoBooks()
    {
        var catalog = new NodeCatalog();

        ZohoBooksOperations.Register(catalog);

        catalog.Operations.Count.ShouldBe(ZohoBooksOperations.All.Length);
        catalog.HasConnector("zoho-books").ShouldBeTrue();
        catalog.FindOperation("zoho-books.invoices.create")!.DisplayName.ShouldBe("Create invoice");
        Should.Throw<InvalidOperationException>(() => ZohoBooksOperations.Register(catalog));
    }

    [Fact]
    public void Operations_CoverTheIssueScope()
    {
        string[] expected =
        [
            "contacts.search", "contacts.changed", "contacts.get", "contacts.create", "contacts.update", "contacts.mark_active", "contacts.mark_inactive",
            "contacts.persons.list", "contacts.persons.create", "contacts.persons.update",
            "invoices.list", "invoices.get", "invoices.create", "invoices.update", "invoices.mark_sent", "invoices.email", "invoices.void",
            "customer_payments.create", "customer_payments.list", "sales_receipts.create", "estimates.list", "estimates.get",
            "sales_orders.list", "sales_orders.get", "bills.create", "bills.list", "bills.get", "vendor_payments.create",
            "expenses.create", "expenses.list", "credit_notes.create", "credit_notes.apply", "purchase_orders.create", "purchase_orders.list",
            "accounts.list", "items.list", "taxes.list", "journals.create", "journals.list", "reports.ar_aging_summary", "reports.ar_aging_details",
            "organizations.list",
        ];

        ZohoBooksOperations.All.Select(o => o.Operation).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Declarations_AreConsistent()
    {
        foreach (var operation in ZohoBooksOperations.All)
        {
            operation.HasSideEffects.ShouldBe(operation.Kind == ConnectorOperationKind.Action, operation.Key);
            (operation.Idempotency == IdempotencyStrategy.ReadOnly).ShouldBe(operation.Kind == ConnectorOperationKind.DataSource, operation.Key);
            operation.Output.ShouldNotBeNull().Fields.ShouldNotBeEmpty(operation.Key);
            operation.Inputs.Select(i => i.Key).ShouldBeUnique(operation.Key);
            if (operation.Key.EndsWith(".create", StringComparison.Ordinal))
            {
                operation.Idempotency.ShouldBeOneOf(IdempotencyStrategy.ReferenceLookup, IdempotencyStrategy.NaturalKeyLookup);
                operation.Inputs.ShouldContain(i => i.Key == "idempotency_key", operation.Key);
            }
        }
    }

    [Fact]
    public void InvoiceCreate_DeclaresRequiredCustomerAndLines()
    {
        var create = ZohoBooksOperations.Find("zoho-books.invoices.create")!;

        create.Inputs.Where(i => i.Required).Select(i => i.Key).ShouldBe(["customer_id", "line_items"]);
        create.Output.ShouldNotBeNull().IsList.ShouldBeFalse();
        create.Output.Fields.ShouldContain(f => f.Name == "total" && f.Type == "decimal");
    }
}
