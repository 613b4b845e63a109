using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Expenses;

public static class ExpenseEndpoints
{
    private static readonly Dictionary<string, Func<Expense, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["date"] = e => e.Date, ["account_name"] = e => e.AccountName, ["total"] = e => e.Total, ["vendor_name"] = e => e.VendorName,
        ["created_time"] = e => e.CreatedTime,
    };

    public static void MapExpenses(this RouteGroupBuilder api)
    {
        api.MapGet("/expenses", ListAsync).WithName("ZohoSandboxListExpenses");
        api.MapGet("/expenses/{expenseId}", GetAsync).WithName("ZohoSandboxGetExpense");
        api.MapPost("/expenses", CreateAsync).WithName("ZohoSandboxCreateExpense");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var expenses = await db.Expenses.AsNoTracking().ToListAsync(cancellationToken);
        var matching = expenses.Where(e =>
            query.Date(e.Date, "date")
            && query.Text(e.AccountName, "account_name")
            && query.Text(e.ReferenceNumber, "reference_number")
            && query.Text(e.Description, "description")
            && (query.Get("vendor_id") is null || (e.VendorId is { } v && query.Id(v, "vendor_id")))
            && (query.Get("customer_id") is null || (e.CustomerId is { } c && query.Id(c, "customer_id")))
            && (query.Get("status") is not { } status || e.Status == status));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "date");
        return ZohoResults.List("expenses", query.Page(sorted.Select(Project), "Expenses", query.Get("filter_by") ?? "Status.All", column, order));
    }

    public static async Task<IResult> GetAsync(string expenseId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var expense = await db.Expenses.FindAsync([ZohoIds.Parse(expenseId, "expense_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Expense");
        return ZohoResults.Ok("success", "expense", Project(expense));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<ExpenseRequest>(request, cancellationToken);
        var account = await db.Accounts.FindAsync([ZohoIds.Parse(body.AccountId ?? throw ZohoApiException.Missing("account_id"), "account_id")], cancellationToken)
            ?? throw ZohoApiException.InvalidValue("account_id");
        var amount = body.Amount ?? throw ZohoApiException.Missing("amount");
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            throw ZohoApiException.InvalidValue("amount");
        }

        var paidThrough = ZohoIds.ParseOptional(body.PaidThroughAccountId, "paid_through_account_id");
        if (paidThrough is { } paidId && await db.Accounts.FindAsync([paidId], cancellationToken) is null)
        {
            throw ZohoApiException.InvalidValue("paid_through_account_id");
        }

        var vendor = body.VendorId is null ? null : await ContactLookup.RequireAsync(db, body.VendorId, "vendor_id", cancellationToken);
        var customer = body.CustomerId is null ? null : await ContactLookup.RequireAsync(db, body.CustomerId, "customer_id", cancellationToken);
        if (body.IsBillable == true && customer is null)
        {
            throw ZohoApiException.Missing("customer_id");
        }

        var percentage = 0m;
        var taxId = ZohoIds.ParseOptional(body.TaxId, "tax_id");
        if (taxId is { } id)
        {
            percentage = (await db.Taxes.FindAsync([id], cancellationToken) ?? throw ZohoApiException.InvalidValue("tax_id")).TaxPercentage;
        }

        var inclusive = body.IsInclusiveTax ?? false;
        var tax = inclusive ? Money.Round(amount - (amount / (1m + (percentage / 100m)))) : Money.Round(amount * percentage / 100m);
        var expense = new Expense
        {
            Id = await db.NextIdAsync(cancellationToken),
            AccountId = account.Id,
            AccountName = account.AccountName,
            PaidThroughAccountId = paidThrough,
            Date = body.Date ?? time.Today(),
            Amount = amount,
            TaxId = taxId,
            TaxAmount = tax,
            IsInclusiveTax = inclusive,
            Total = inclusive ? amount : amount + tax,
            VendorId = vendor?.Id,
            VendorName = vendor?.ContactName,
            IsBillable = body.IsBillable ?? false,
            CustomerId = customer?.Id,
            CustomerName = customer?.ContactName,
            ReferenceNumber = body.ReferenceNumber,
            Description = body.Description,
            Status = body.IsBillable == true ? "unbilled" : "nonbillable",
            CreatedTime = time.GetUtcNow(),
        };
        db.Expenses.Add(expense);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The expense has been recorded.", "expense", Project(expense));
    }

    private static Dictionary<string, object?> Project(Expense e) => new()
    {
        ["expense_id"] = ZohoJson.Id(e.Id),
        ["date"] = ZohoJson.Date(e.Date),
        ["account_id"] = ZohoJson.Id(e.AccountId),
        ["account_name"] = e.AccountName,
        ["paid_through_account_id"] = e.PaidThroughAccountId is { } paid ? ZohoJson.Id(paid) : null,
        ["amount"] = e.Amount,
        ["tax_id"] = e.TaxId is { } tax ? ZohoJson.Id(tax) : null,
        ["tax_amount"] = e.TaxAmount,
        ["is_inclusive_tax"] = e.IsInclusiveTax,
        ["sub_total"] = e.Total - e.TaxAmount,
        ["total"] = e.Total,
        ["vendor_id"] = e.VendorId is { } vendor ? ZohoJson.Id(vendor) : null,
        ["vendor_name"] = e.VendorName,
        ["is_billable"] = e.IsBillable,
        ["customer_id"] = e.CustomerId is { } customer ? ZohoJson.Id(customer) : null,
        ["customer_name"] = e.CustomerName,
        ["reference_number"] = e.ReferenceNumber,
        ["description"] = e.Description,
        ["status"] = e.Status,
        ["currency_code"] = e.CurrencyCode,
        ["created_time"] = ZohoJson.Timestamp(e.CreatedTime),
    };
}
