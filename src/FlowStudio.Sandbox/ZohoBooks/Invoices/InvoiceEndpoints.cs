using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Invoices;

public static class InvoiceEndpoints
{
    private static readonly Dictionary<string, string> FilterByStatus = new(StringComparer.Ordinal)
    {
        ["Status.All"] = "all", ["Status.Sent"] = "sent", ["Status.Draft"] = "draft", ["Status.OverDue"] = "overdue",
        ["Status.Paid"] = "paid", ["Status.Void"] = "void", ["Status.Unpaid"] = "unpaid",
        ["Status.PartiallyPaid"] = "partially_paid", ["Status.Viewed"] = "viewed",
    };

    private static readonly Dictionary<string, Func<Invoice, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["customer_name"] = i => i.ContactName, ["invoice_number"] = i => i.Number, ["date"] = i => i.Date,
        ["due_date"] = i => i.DueDate, ["total"] = i => i.Total, ["balance"] = i => i.Balance,
        ["created_time"] = i => i.CreatedTime, ["last_modified_time"] = i => i.LastModifiedTime,
    };

    public static void MapInvoices(this RouteGroupBuilder api)
    {
        api.MapGet("/invoices", ListAsync).WithName("ZohoSandboxListInvoices");
        api.MapGet("/invoices/{invoiceId}", GetAsync).WithName("ZohoSandboxGetInvoice");
        api.MapPost("/invoices", CreateAsync).WithName("ZohoSandboxCreateInvoice");
        api.MapPut("/invoices/{invoiceId}", UpdateAsync).WithName("ZohoSandboxUpdateInvoice");
        api.MapInvoiceActions();
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var today = time.Today();
        var filterBy = query.Get("filter_by") ?? "Status.All";
        var status = query.Get("status") ?? (FilterByStatus.TryGetValue(filterBy, out var mapped) ? mapped : throw ZohoApiException.InvalidValue("filter_by"));
        if (!FilterByStatus.ContainsValue(status))
        {
            throw ZohoApiException.InvalidValue("status");
        }

        var search = query.Get("search_text");
        var itemId = query.Get("item_id");
        var invoices = await db.Invoices.AsNoTracking().ToListAsync(cancellationToken);
        var matching = invoices.Where(i =>
            InvoiceStatus.Matches(i, status, today)
            && query.Id(i.ContactId, "customer_id")
            && query.Text(i.ContactName, "customer_name")
            && query.Text(i.Number, "invoice_number")
            && query.Text(i.ReferenceNumber, "reference_number")
            && query.Date(i.Date, "date")
            && query.Date(i.DueDate, "due_date")
            && (itemId is null || i.LineItems.Any(l => l.ItemId == itemId))
            && (search is null || new[] { i.Number, i.ReferenceNumber, i.ContactName }.Any(v => v?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "created_time");
        var page = query.Page(sorted.Select(i => InvoiceResponse.From(i, today, detail: false)), "Invoices", filterBy, column, order);
        return ZohoResults.List("invoices", page);
    }

    public static async Task<IResult> GetAsync(string invoiceId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await FindAsync(db, invoiceId, cancellationToken);
        return ZohoResults.Ok("success", "invoice", InvoiceResponse.From(invoice, time.Today(), detail: true));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<InvoiceRequest>(request, cancellationToken);
        var customer = await ContactLookup.RequireAsync(db, body.CustomerId, "customer_id", cancellationToken);
        var now = time.GetUtcNow();
        var invoice = new Invoice
        {
            Id = await db.NextIdAsync(cancellationToken),
            Date = body.Date ?? time.Today(),
            PaymentTerms = customer.PaymentTerms,
            PaymentTermsLabel = customer.PaymentTermsLabel,
            CurrencyCode = customer.CurrencyCode,
            CreatedTime = now,
        };
        invoice.Number = request.Query["ignore_auto_number_generation"] == "true"
            ? await ManualNumberAsync(db, body.InvoiceNumber, cancellationToken)
            : $"INV-{await db.NextAsync("invoice", cancellationToken):D6}";
        await ApplyAsync(db, invoice, customer, body, time, cancellationToken);
        if (request.Query["send"] == "true")
        {
            invoice.Status = "sent";
            invoice.IsEmailed = true;
        }

        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The invoice has been created.", "invoice", InvoiceResponse.From(invoice, time.Today(), detail: true));
    }

    public static async Task<IResult> UpdateAsync(string invoiceId, HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var invoice = await FindAsync(db, invoiceId, cancellationToken);
        if (invoice.Status == "void")
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.InvalidStatusTransition, "Voided invoices cannot be edited.");
        }

        var body = await ZohoBody.ReadAsync<InvoiceRequest>(request, cancellationToken);
        var customer = body.CustomerId is null
            ? await db.Contacts.FindAsync([invoice.ContactId], cancellationToken) ?? throw ZohoApiException.InvalidValue("customer_id")
            : await ContactLookup.RequireAsync(db, body.CustomerId, "customer_id", cancellationToken);
        if (body.InvoiceNumber is not null && body.InvoiceNumber != invoice.Number)
        {
            invoice.Number = await ManualNumberAsync(db, body.InvoiceNumber, cancellationToken);
        }

        await ApplyAsync(db, invoice, customer, body, time, cancellationToken);
        if (invoice.Total < invoice.PaymentMade + invoice.CreditsApplied)
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.AmountExceedsBalance, "The invoice total cannot be less than the payments and credits already applied.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Invoice information has been updated.", "invoice", InvoiceResponse.From(invoice, time.Today(), detail: true));
    }

    internal static async Task<Invoice> FindAsync(ZohoSandboxDbContext db, string invoiceId, CancellationToken cancellationToken) =>
        await db.Invoices.FindAsync([ZohoIds.Parse(invoiceId, "invoice_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Invoice");

    private static async Task ApplyAsync(ZohoSandboxDbContext db, Invoice invoice, Contact customer, InvoiceRequest body, TimeProvider time, CancellationToken cancellationToken)
    {
        invoice.ContactId = customer.Id;
        invoice.ContactName = customer.ContactName;
        invoice.Date = body.Date ?? invoice.Date;
        invoice.ReferenceNumber = body.ReferenceNumber ?? invoice.ReferenceNumber;
        invoice.Notes = body.Notes ?? invoice.Notes;
        invoice.AllowPartialPayments = body.AllowPartialPayments ?? invoice.AllowPartialPayments;
        invoice.CustomFields = body.CustomFields ?? invoice.CustomFields;
        if (body.ReferenceNumber is { Length: > 100 })
        {
            throw ZohoApiException.InvalidValue("reference_number");
        }

        if (body.PaymentTerms is { } terms)
        {
            invoice.PaymentTerms = terms >= 0 ? terms : throw ZohoApiException.InvalidValue("payment_terms");
            invoice.PaymentTermsLabel = body.PaymentTermsLabel ?? (terms == 0 ? "Due on Receipt" : $"Net {terms}");
        }

        invoice.DueDate = body.DueDate ?? (body.PaymentTerms is not null || body.Date is not null || invoice.DueDate == default
            ? invoice.Date.AddDays(invoice.PaymentTerms)
            : invoice.DueDate);
        if (invoice.DueDate < invoice.Date)
        {
            throw ZohoApiException.InvalidValue("due_date");
        }

        invoice.IsInclusiveTax = body.IsInclusiveTax ?? invoice.IsInclusiveTax;
        if (body.LineItems is not null || invoice.LineItems.Count == 0)
        {
            await LineItemCalculator.ApplyAsync(db, invoice, body.LineItems, cancellationToken);
        }

        invoice.LastModifiedTime = time.GetUtcNow();
    }

    private static async Task<string> ManualNumberAsync(ZohoSandboxDbContext db, string? number, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw ZohoApiException.Missing("invoice_number");
        }

        return await db.Invoices.AnyAsync(i => i.Number == number, cancellationToken)
            ? throw new ZohoApiException(400, ZohoErrorCodes.AlreadyExists, "Invoice number already exists.")
            : number;
    }
}
