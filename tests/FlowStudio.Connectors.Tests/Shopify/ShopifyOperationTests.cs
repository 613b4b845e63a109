using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Tests.Shopify;

/// <summary>Contract tests: every Shopify operation through the real module and client against the Shopify sandbox.</summary>
public sealed class ShopifyOperationTests(ShopifyFixture fixture) : IClassFixture<ShopifyFixture>
{
    private Task<CallResult> Invoke(string operation, object input) =>
        fixture.Harness.InvokeAsync(ShopifyFixture.Connection(), "shopify." + operation, input);

    private static JsonElement Output(CallResult result)
    {
        result.Failure.ShouldBeNull();
        return result.Output!.Value;
    }

    [Fact]
    public async Task ListOrders_AcrossLinkHeaderPages_ReturnsEveryOrderOnceWithDecimalMoney()
    {
        var list = Output(await Invoke(ShopifyOperations.ListOrders, new { status = "any" }));

        var orders = list.GetProperty("items").EnumerateArray().ToList();
        orders.Count.ShouldBeGreaterThanOrEqualTo(8);
        orders.Select(o => o.GetProperty("id").GetInt64()).Distinct().Count().ShouldBe(orders.Count);
        var first = orders[0];
        first.GetProperty("name").GetString().ShouldBe("#1001");
        var subtotal = first.GetProperty("subtotal_price").GetDecimal();
        var tax = first.GetProperty("total_tax").GetDecimal();
        first.GetProperty("total_price").GetDecimal().ShouldBe(subtotal + tax);
        first.GetProperty("line_items")[0].GetProperty("price").ValueKind.ShouldBe(JsonValueKind.Number);
        fixture.Harness.Calls.Count(c => c.Uri.Query.Contains("page_info=", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task ListOrders_ByPaymentStatus_ReturnsOnlyPendingOrders()
    {
        var list = Output(await Invoke(ShopifyOperations.ListOrders, new { financial_status = "pending" }));

        var statuses = list.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("financial_status").GetString()).ToList();
        statuses.ShouldNotBeEmpty();
        statuses.ShouldAllBe(s => s == "pending");
    }

    [Fact]
    public async Task UpdateOrderNote_ReplacesTheNote_AndGetOrderSeesIt()
    {
        var id = Output(await Invoke(ShopifyOperations.ListOrders, new { max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetInt64();

        var updated = Output(await Invoke(ShopifyOperations.UpdateOrderNote, new { id, note = "Synced to Zoho INV-000123" }));
        Output(await Invoke(ShopifyOperations.UpdateOrderNote, new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), note = "Synced to Zoho INV-000124" }));

        updated.GetProperty("note").GetString().ShouldBe("Synced to Zoho INV-000123");
        Output(await Invoke(ShopifyOperations.GetOrder, new { id })).GetProperty("note").GetString().ShouldBe("Synced to Zoho INV-000124");
    }

    [Fact]
    public async Task UpdateOrderNote_TooLong_FailsPermanentlyWithShopifysFieldMessage()
    {
        var id = Output(await Invoke(ShopifyOperations.ListOrders, new { max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetInt64();

        var result = await Invoke(ShopifyOperations.UpdateOrderNote, new { id, note = new string('x', 5001) });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("shopify.http_422");
        result.Failure.Message.ShouldContain("note is too long");
    }

    [Fact]
    public async Task GetOrder_Unknown_FailsPermanentlyNotFound_AndBadIdIsAnInputError()
    {
        var missing = await Invoke(ShopifyOperations.GetOrder, new { id = 999 });
        missing.Failure!.Code.ShouldBe("shopify.http_404");
        missing.Failure.Message.ShouldContain("Not Found");

        var bad = await Invoke(ShopifyOperations.GetOrder, new { id = "#1001" });
        bad.Failure!.Code.ShouldBe("input.invalid");
        bad.Failure.Message.ShouldContain("'id'");
    }

    [Fact]
    public async Task Customers_ListAndGet_ReturnTheSeededShopCustomers()
    {
        var list = Output(await Invoke(ShopifyOperations.ListCustomers, new { }));
        var first = list.GetProperty("items")[0];
        first.GetProperty("email").GetString().ShouldBe("ann.lee@example.com");

        var customer = Output(await Invoke(ShopifyOperations.GetCustomer, new { id = first.GetProperty("id").GetInt64() }));
        customer.GetProperty("last_name").GetString().ShouldBe("Lee");
        customer.GetProperty("total_spent").GetDecimal().ShouldBeGreaterThan(0m);
    }

    [Fact]
    public async Task Test_WrongToken_FailsWithRefusal()
    {
        var module = fixture.Harness.Module(ShopifyOperations.Connector);

        (await module.TestAsync(ShopifyFixture.Connection(), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        (await module.TestAsync(ShopifyFixture.Connection("shpat_wrong"), TestContext.Current.CancellationToken)).Message.ShouldContain("refused");
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_IsRetriedAndSucceeds()
    {
        await fixture.Sandbox.SetFaultsAsync("shopify", new { throttleNextRequests = 1, retryAfterSeconds = 0 });

        var result = await Invoke(ShopifyOperations.ListCustomers, new { max_items = 1 });

        result.Failure.ShouldBeNull();
        fixture.Harness.Calls.ShouldContain(c => c.Status == HttpStatusCode.TooManyRequests);
    }
}
