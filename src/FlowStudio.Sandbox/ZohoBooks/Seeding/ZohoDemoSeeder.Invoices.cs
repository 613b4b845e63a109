using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.CreditNotes;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using FlowStudio.Sandbox.ZohoBooks.Payments;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    public const int InvoiceCount = 300;

    private static readonly string[] PaymentModes = ["banktransfer", "check", "creditcard", "cash", "bankremittance"];

    private void SeedInvoices()
    {
        var drafts = new List<(Contact Customer, DateOnly Due, string Scenario)>();
        for (var i = 0; i < InvoiceCount; i++)
        {
            var scenario = (i % 10) switch
            {
                0 => "draft",
                1 or 2 => "current",
                3 => "days_1-15",
                4 => "days_16-30",
                5 => "days_31-45",
                6 => "above_45",
                7 => "partial",
                8 => "paid",
                _ => i % 20 == 9 ? "void" : "paid",
            };
            var due = scenario switch
            {
                "draft" or "current" => today.AddDays(Between(0, 30)),
                "days_1-15" => today.AddDays(-Between(1, 15)),
                "days_16-30" => today.AddDays(-Between(16, 30)),
                "days_31-45" => today.AddDays(-Between(31, 45)),
                "above_45" => today.AddDays(-Between(46, 150)),
                "paid" => today.AddDays(-Between(0, 120)),
                _ => today.AddDays(-Between(-20, 120)),
            };
            drafts.Add((Pick(customers), due, scenario));
        }

        foreach (var (customer, due, scenario) in drafts.OrderBy(d => d.Due.AddDays(-d.Customer.PaymentTerms)))
        {
            AddInvoice(customer, due, scenario);
        }

        SeedCreditNotes();
    }

    private void AddInvoice(Contact customer, DateOnly due, string scenario)
    {
        var date = due.AddDays(-customer.PaymentTerms) is var issued && issued > today ? today : issued;
        var invoice = new Invoice
        {
            Id = NextId(),
            Number = $"INV-{Next("invoice"):D6}",
            ContactId = customer.Id,
            ContactName = customer.ContactName,
            Date = date,
            DueDate = due,
            PaymentTerms = customer.PaymentTerms,
            PaymentTermsLabel = customer.PaymentTermsLabel,
            ReferenceNumber = Between(0, 1) == 0 ? $"PO-{Between(1000, 9999)}" : null,
            Status = scenario switch { "draft" => "draft", "void" => "void", _ => "sent" },
            IsEmailed = scenario != "draft",
            CreatedTime = Stamp(date),
            LastModifiedTime = Stamp(date),
        };
        Total(invoice, Lines(Between(1, 3)));
        db.Invoices.Add(invoice);

        if (scenario is "paid" or "partial")
        {
            var amount = scenario == "paid" ? invoice.Total : Money.Round(invoice.Total * Between(20, 80) / 100m);
            var paidOn = date.AddDays(Between(0, Math.Max(0, today.DayNumber - date.DayNumber)));
            AddPayment(customer, invoice, amount, paidOn < today ? paidOn : today);
        }
    }

    private void AddPayment(Contact customer, Invoice invoice, decimal amount, DateOnly date)
    {
        invoice.PaymentMade += amount;
        invoice.LastPaymentDate = date;
        db.CustomerPayments.Add(new CustomerPayment
        {
            Id = NextId(),
            PaymentNumber = Next("customerpayment").ToString(CultureInfo.InvariantCulture),
            CustomerId = customer.Id,
            CustomerName = customer.ContactName,
            PaymentMode = Pick(PaymentModes),
            Amount = amount,
            Date = date,
            ReferenceNumber = $"REF-{Between(100000, 999999)}",
            AccountId = accounts["Business Checking"].Id,
            Invoices = [new AppliedAmount { DocumentId = invoice.Id, DocumentNumber = invoice.Number, AmountApplied = amount, Date = date }],
            CreatedTime = Stamp(date),
            LastModifiedTime = Stamp(date),
        });
    }

    private void SeedCreditNotes()
    {
        for (var i = 0; i < 8; i++)
        {
            var customer = customers[i * 3];
            var date = today.AddDays(-Between(1, 60));
            var note = new CreditNote
            {
                Id = NextId(),
                Number = $"CN-{Next("creditnote"):D5}",
                ContactId = customer.Id,
                ContactName = customer.ContactName,
                Date = date,
                ReferenceNumber = $"RMA-{Between(100, 999)}",
                Status = "open",
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            Total(note, Lines(1));
            db.CreditNotes.Add(note);
        }
    }
}
