using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.SalesReceipts;

/// <summary>Sales receipts; the response key <c>sales_receipt</c> is UNVERIFIED in the public docs.</summary>
public static class SalesReceiptEndpoints
{
    public static void MapSalesReceipts(this RouteGroupBuilder api)
    {
        api.MapGet("/salesreceipts", ListAsync).WithName("ZohoSandboxListSalesReceipts");
        api.MapGet("/salesreceipts/{receiptId}", GetAsync).WithName("ZohoSandboxGetSalesReceipt");
        api.MapPost("/salesreceipts", CreateAsync).WithName("ZohoSandboxCreateSalesReceipt");
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var receipts = await db.SalesReceipts.AsNoTracking().ToListAsync(cancellationToken);
        var page = DocumentEndpointHelpers.List(new ZohoListQuery(request.Query), receipts, "customer", "Sales Receipts", r => r.Status, r => Project(r, detail: false));
        return ZohoResults.List("sales_receipts", page);
    }

    public static async Task<IResult> GetAsync(string receiptId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var receipt = await db.SalesReceipts.FindAsync([ZohoIds.Parse(receiptId, "sales_receipt_id")], cancellationToken)
            ?? throw ZohoApiException.NotFound("Sales receipt");
        return ZohoResults.Ok("success", "sales_receipt", Project(receipt, detail: true));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<DocumentRequest>(request, cancellationToken);
        var mode = body.PaymentMode ?? throw ZohoApiException.Missing("payment_mode");
        if (!CustomerPaymentEndpoints.PaymentModes.Contains(mode))
        {
            throw ZohoApiException.InvalidValue("payment_mode");
        }

        var receipt = new SalesReceipt { Status = "paid", PaymentMode = mode, DepositToAccountId = ZohoIds.ParseOptional(body.DepositToAccountId, "deposit_to_account_id") };
        await DocumentEndpointHelpers.InitializeAsync(db, receipt, body, "customer_id", time, cancellationToken);
        receipt.Number = $"SR-{await db.NextAsync("salesreceipt", cancellationToken):D5}";
        db.SalesReceipts.Add(receipt);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The sales receipt has been created.", "sales_receipt", Project(receipt, detail: true));
    }

    private static Dictionary<string, object?> Project(SalesReceipt receipt, bool detail)
    {
        var json = DocumentJson.Build(receipt, "sales_receipt", "customer", receipt.Status, detail);
        json["receipt_number"] = receipt.Number;
        json["payment_mode"] = receipt.PaymentMode;
        json["deposit_to_account_id"] = receipt.DepositToAccountId is { } account ? ZohoJson.Id(account) : null;
        return json;
    }
}
