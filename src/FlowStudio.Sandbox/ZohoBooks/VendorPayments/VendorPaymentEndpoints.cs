using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.VendorPayments;

public static class VendorPaymentEndpoints
{
    private static readonly Dictionary<string, Func<VendorPayment, IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["vendor_name"] = p => p.VendorName, ["date"] = p => p.Date, ["amount"] = p => p.Amount, ["created_time"] = p => p.CreatedTime,
    };

    public static void MapVendorPayments(this RouteGroupBuilder api)
    {
        api.MapGet("/vendorpayments", ListAsync).WithName("ZohoSandboxListVendorPayments");
        api.MapGet("/vendorpayments/{paymentId}", GetAsync).WithName("ZohoSandboxGetVendorPayment");
        api.MapPost("/vendorpayments", CreateAsync).WithName("ZohoSandboxCreateVendorPayment");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var payments = await db.VendorPayments.AsNoTracking().ToListAsync(cancellationToken);
        var matching = payments.Where(p => query.Id(p.VendorId, "vendor_id") && query.Text(p.VendorName, "vendor_name") && query.Date(p.Date, "date"));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "created_time");
        return ZohoResults.List("vendorpayments", query.Page(sorted.Select(Project), "Vendor Payments", "Status.All", column, order));
    }

    public static async Task<IResult> GetAsync(string paymentId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var payment = await db.VendorPayments.FindAsync([ZohoIds.Parse(paymentId, "payment_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Vendor payment");
        return ZohoResults.Ok("success", "vendorpayment", Project(payment));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<VendorPaymentRequest>(request, cancellationToken);
        var vendor = await ContactLookup.RequireAsync(db, body.VendorId, "vendor_id", cancellationToken);
        var amount = body.Amount ?? throw ZohoApiException.Missing("amount");
        if (amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            throw ZohoApiException.InvalidValue("amount");
        }

        var date = body.Date ?? time.Today();
        var applied = new List<AppliedAmount>();
        foreach (var entry in body.Bills ?? [])
        {
            var bill = await db.Bills.FindAsync([ZohoIds.Parse(entry.BillId, "bill_id")], cancellationToken);
            if (bill is null || bill.ContactId != vendor.Id || bill.Status != "open")
            {
                throw ZohoApiException.InvalidValue("bill_id");
            }

            var share = entry.AmountApplied ?? throw ZohoApiException.Missing("amount_applied");
            if (share <= 0m)
            {
                throw ZohoApiException.InvalidValue("amount_applied");
            }

            if (share > bill.Balance)
            {
                throw ZohoApiException.Rule(ZohoErrorCodes.AmountExceedsBalance, $"The amount applied is more than the balance due of bill {bill.Number}.");
            }

            bill.PaymentMade += share;
            applied.Add(new AppliedAmount { DocumentId = bill.Id, DocumentNumber = bill.Number, AmountApplied = share, Date = date });
        }

        if (applied.Sum(a => a.AmountApplied) > amount)
        {
            throw ZohoApiException.Rule(ZohoErrorCodes.AmountExceedsPayment, "The total amount applied to bills is more than the payment amount.");
        }

        var payment = new VendorPayment
        {
            Id = await db.NextIdAsync(cancellationToken),
            PaymentNumber = (await db.NextAsync("vendorpayment", cancellationToken)).ToString(CultureInfo.InvariantCulture),
            VendorId = vendor.Id,
            VendorName = vendor.ContactName,
            PaymentMode = body.PaymentMode ?? "cash",
            Amount = amount,
            Date = date,
            PaidThroughAccountId = ZohoIds.ParseOptional(body.PaidThroughAccountId, "paid_through_account_id"),
            ReferenceNumber = body.ReferenceNumber,
            Description = body.Description,
            Bills = applied,
            CreatedTime = time.GetUtcNow(),
        };
        db.VendorPayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The payment has been made.", "vendorpayment", Project(payment));
    }

    private static Dictionary<string, object?> Project(VendorPayment p) => new()
    {
        ["payment_id"] = ZohoJson.Id(p.Id),
        ["payment_number"] = p.PaymentNumber,
        ["vendor_id"] = ZohoJson.Id(p.VendorId),
        ["vendor_name"] = p.VendorName,
        ["payment_mode"] = p.PaymentMode,
        ["amount"] = p.Amount,
        ["balance"] = p.Amount - p.Bills.Sum(b => b.AmountApplied),
        ["date"] = ZohoJson.Date(p.Date),
        ["paid_through_account_id"] = p.PaidThroughAccountId is { } account ? ZohoJson.Id(account) : null,
        ["reference_number"] = p.ReferenceNumber,
        ["description"] = p.Description,
        ["bills"] = p.Bills.Select(b => new AppliedBillPayload { BillId = ZohoJson.Id(b.DocumentId), BillNumber = b.DocumentNumber, AmountApplied = b.AmountApplied }).ToList(),
        ["created_time"] = ZohoJson.Timestamp(p.CreatedTime),
    };
}
