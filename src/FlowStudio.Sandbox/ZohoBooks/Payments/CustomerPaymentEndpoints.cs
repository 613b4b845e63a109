using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Invoices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Payments;

public static class CustomerPaymentEndpoints
{
    public static readonly IReadOnlySet<string> PaymentModes =
        new HashSet<string>(["check", "cash", "creditcard", "banktransfer", "bankremittance", "autotransaction", "others"], StringComparer.Ordinal);

    private static readonly Dictionary<string, Func<CustomerPayment, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["customer_name"] = p => p.CustomerName, ["payment_number"] = p => p.PaymentNumber, ["payment_mode"] = p => p.PaymentMode,
        ["date"] = p => p.Date, ["amount"] = p => p.Amount, ["reference_number"] = p => p.ReferenceNumber, ["created_time"] = p => p.CreatedTime,
    };

    public static void MapCustomerPayments(this RouteGroupBuilder api)
    {
        api.MapGet("/customerpayments", ListAsync).WithName("ZohoSandboxListCustomerPayments");
        api.MapGet("/customerpayments/{paymentId}", GetAsync).WithName("ZohoSandboxGetCustomerPayment");
        api.MapPost("/customerpayments", CreateAsync).WithName("ZohoSandboxCreateCustomerPayment");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var search = query.Get("search_text");
        var payments = await db.CustomerPayments.AsNoTracking().ToListAsync(cancellationToken);
        var matching = payments.Where(p =>
            query.Id(p.CustomerId, "customer_id")
            && query.Text(p.CustomerName, "customer_name")
            && query.Text(p.ReferenceNumber, "reference_number")
            && query.Text(p.PaymentMode, "payment_mode")
            && query.Date(p.Date, "date")
            && (search is null || new[] { p.CustomerName, p.ReferenceNumber, p.PaymentNumber }.Any(v => v?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)));
        var invoices = await db.Invoices.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var (sorted, column, order) = query.Sort(matching, SortColumns, "created_time");
        var page = query.Page(sorted.Select(p => CustomerPaymentResponse.From(p, invoices)), "Customer Payments", query.Get("filter_by") ?? "PaymentMode.All", column, order);
        return ZohoResults.List("customerpayments", page);
    }

    public static async Task<IResult> GetAsync(string paymentId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var payment = await db.CustomerPayments.FindAsync([ZohoIds.Parse(paymentId, "payment_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Payment");
        var ids = payment.Invoices.Select(a => a.DocumentId).ToList();
        var invoices = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return ZohoResults.Ok("success", "payment", CustomerPaymentResponse.From(payment, invoices));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<CustomerPaymentRequest>(request, cancellationToken);
        var customer = await ContactLookup.RequireAsync(db, body.CustomerId, "customer_id", cancellationToken);
        var mode = body.PaymentMode ?? throw ZohoApiException.Missing("payment_mode");
        if (!PaymentModes.Contains(mode))
        {
            throw ZohoApiException.InvalidValue("payment_mode");
        }

        var amount = body.Amount ?? throw ZohoApiException.Missing("amount");
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            throw ZohoApiException.InvalidValue("amount");
        }

        if (body.BankCharges is < 0m || body.BankCharges >= amount)
        {
            throw ZohoApiException.InvalidValue("bank_charges");
        }

        if (body.ReferenceNumber is { Length: > 100 })
        {
            throw ZohoApiException.InvalidValue("reference_number");
        }

        var accountId = ZohoIds.ParseOptional(body.AccountId, "account_id");
        if (accountId is { } account && await db.Accounts.FindAsync([account], cancellationToken) is null)
        {
            throw ZohoApiException.InvalidValue("account_id");
        }

        var date = body.Date ?? time.Today();
        var applications = await InvoiceApplications.ValidateAsync(db, customer.Id, body.Invoices ?? [], amount, cancellationToken);
        foreach (var (invoice, applied) in applications)
        {
            invoice.PaymentMade += applied;
            invoice.LastPaymentDate = date;
            invoice.LastModifiedTime = time.GetUtcNow();
        }

        var payment = new CustomerPayment
        {
            Id = await db.NextIdAsync(cancellationToken),
            PaymentNumber = (await db.NextAsync("customerpayment", cancellationToken)).ToString(CultureInfo.InvariantCulture),
            CustomerId = customer.Id,
            CustomerName = customer.ContactName,
            PaymentMode = mode,
            Amount = amount,
            BankCharges = body.BankCharges ?? 0m,
            Date = date,
            ReferenceNumber = body.ReferenceNumber,
            Description = body.Description,
            AccountId = accountId,
            CurrencyCode = customer.CurrencyCode,
            Invoices = InvoiceApplications.Record(applications, date),
            CreatedTime = time.GetUtcNow(),
            LastModifiedTime = time.GetUtcNow(),
        };
        db.CustomerPayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        var invoices = applications.Select(a => a.Invoice).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        return ZohoResults.Created("The payment has been created.", "payment", CustomerPaymentResponse.From(payment, invoices));
    }
}
