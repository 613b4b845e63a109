using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Bills;

public static class BillEndpoints
{
    private static readonly Dictionary<string, string> FilterByStatus = new(StringComparer.Ordinal)
    {
        ["Status.All"] = "all", ["Status.Open"] = "open", ["Status.Overdue"] = "overdue", ["Status.PartiallyPaid"] = "partially_paid",
        ["Status.Paid"] = "paid", ["Status.Void"] = "void", ["Status.Draft"] = "draft", ["Status.Unpaid"] = "unpaid",
    };

    private static readonly Dictionary<string, Func<Bill, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["vendor_name"] = b => b.ContactName, ["bill_number"] = b => b.Number, ["date"] = b => b.Date, ["due_date"] = b => b.DueDate,
        ["total"] = b => b.Total, ["balance"] = b => b.Balance, ["created_time"] = b => b.CreatedTime,
    };

    public static void MapBills(this RouteGroupBuilder api)
    {
        api.MapGet("/bills", ListAsync).WithName("ZohoSandboxListBills");
        api.MapGet("/bills/{billId}", GetAsync).WithName("ZohoSandboxGetBill");
        api.MapPost("/bills", CreateAsync).WithName("ZohoSandboxCreateBill");
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

        var bills = await db.Bills.AsNoTracking().ToListAsync(cancellationToken);
        var matching = bills.Where(b =>
            Matches(b, status, today)
            && query.Id(b.ContactId, "vendor_id")
            && query.Text(b.ContactName, "vendor_name")
            && query.Text(b.Number, "bill_number")
            && query.Text(b.ReferenceNumber, "reference_number")
            && query.Date(b.Date, "date")
            && query.Date(b.DueDate, "due_date"));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "created_time");
        return ZohoResults.List("bills", query.Page(sorted.Select(b => Project(b, today, detail: false)), "Bills", filterBy, column, order));
    }

    public static async Task<IResult> GetAsync(string billId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.FindAsync([ZohoIds.Parse(billId, "bill_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Bill");
        return ZohoResults.Ok("success", "bill", Project(bill, time.Today(), detail: true));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<DocumentRequest>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(body.BillNumber))
        {
            throw ZohoApiException.Missing("bill_number");
        }

        var bill = new Bill { Number = body.BillNumber.Trim(), Status = "open" };
        await DocumentEndpointHelpers.InitializeAsync(db, bill, body, "vendor_id", time, cancellationToken);
        if (await db.Bills.AnyAsync(b => b.Number == bill.Number && b.ContactId == bill.ContactId, cancellationToken))
        {
            throw new ZohoApiException(400, ZohoErrorCodes.AlreadyExists, "This bill number has already been used for this vendor.");
        }

        bill.PaymentTerms = body.PaymentTerms ?? 0;
        bill.DueDate = body.DueDate ?? bill.Date.AddDays(bill.PaymentTerms);
        if (bill.DueDate < bill.Date)
        {
            throw ZohoApiException.InvalidValue("due_date");
        }

        db.Bills.Add(bill);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The bill has been created.", "bill", Project(bill, time.Today(), detail: true));
    }

    internal static bool Matches(Bill bill, string status, DateOnly today) => status switch
    {
        "all" => true,
        "unpaid" => bill.Status == "open" && bill.Balance > 0m,
        "overdue" => bill.Status == "open" && bill.Balance > 0m && bill.DueDate < today,
        _ => bill.EffectiveStatus(today) == status,
    };

    private static Dictionary<string, object?> Project(Bill bill, DateOnly today, bool detail)
    {
        var json = DocumentJson.Build(bill, "bill", "vendor", bill.EffectiveStatus(today), detail);
        json["due_date"] = DocumentJson.Date(bill.DueDate);
        json["payment_terms"] = bill.PaymentTerms;
        json["balance"] = bill.Balance;
        json["payment_made"] = bill.PaymentMade;
        return json;
    }
}
