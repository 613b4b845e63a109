using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.HubSpot;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Tests.HubSpot;

/// <summary>Contract tests: every HubSpot operation through the real module and client against the HubSpot sandbox.</summary>
public sealed class HubSpotOperationTests(HubSpotFixture fixture) : IClassFixture<HubSpotFixture>
{
    private Task<CallResult> Invoke(string operation, object input) =>
        fixture.Harness.InvokeAsync(HubSpotFixture.Connection(), "hubspot." + operation, input);

    private static JsonElement Output(CallResult result)
    {
        result.Failure.ShouldBeNull();
        return result.Output!.Value;
    }

    [Fact]
    public async Task SearchDeals_ClosedWon_PagesByAfterAndReturnsOnlyClosedWonOldestChangeFirst()
    {
        var list = Output(await Invoke(HubSpotOperations.SearchDeals, new { dealstage = "closedwon" }));

        var deals = list.GetProperty("items").EnumerateArray().ToList();
        deals.Count.ShouldBeGreaterThanOrEqualTo(3);
        deals.ShouldAllBe(d => d.GetProperty("dealstage").GetString() == "closedwon");
        var modified = deals.Select(d => DateTimeOffset.Parse(d.GetProperty("hs_lastmodifieddate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        modified.ShouldBe(modified.Order().ToList());
        deals.Single(d => d.GetProperty("dealname").GetString() == "Globex annual licence").GetProperty("amount").GetDecimal().ShouldBe(12000.00m);
        fixture.Harness.Calls.Count(c => c.Uri.AbsolutePath.EndsWith("/crm/v3/objects/deals/search", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task SearchDeals_ModifiedInTheFuture_ReturnsNothing()
    {
        var list = Output(await Invoke(HubSpotOperations.SearchDeals, new { dealstage = "closedwon", modified_since = DateTimeOffset.UtcNow.AddDays(1).ToString("O") }));

        list.GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task GetDeal_ThenReadItsLineItems_GivesDecimalQuantitiesAndPrices()
    {
        var id = Output(await Invoke(HubSpotOperations.SearchDeals, new { dealstage = "closedwon" })).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("dealname").GetString() == "Globex annual licence").GetProperty("id").GetString();

        var deal = Output(await Invoke(HubSpotOperations.GetDeal, new { id }));
        deal.GetProperty("contact_ids").GetArrayLength().ShouldBe(1);
        var itemIds = deal.GetProperty("line_item_ids").EnumerateArray().Select(i => i.GetString()).ToList();
        itemIds.Count.ShouldBe(1);

        var items = Output(await Invoke(HubSpotOperations.ReadLineItems, new { ids = itemIds.Append("999999").ToArray() }));
        var item = items.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("quantity").GetDecimal().ShouldBe(10m);
        item.GetProperty("price").GetDecimal().ShouldBe(1200.00m);
        item.GetProperty("amount").GetDecimal().ShouldBe(12000.00m);
        item.GetProperty("hs_sku").GetString().ShouldBe("SKU-100");
        items.GetProperty("missing_ids").EnumerateArray().Single().GetString().ShouldBe("999999");
    }

    [Fact]
    public async Task UpdateDeal_SetsTheProperty_AndAGetSeesIt()
    {
        var id = Output(await Invoke(HubSpotOperations.SearchDeals, new { dealstage = "closedwon", max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetString();

        var updated = Output(await Invoke(HubSpotOperations.UpdateDeal, new { id, properties = new { invoice_number = "INV-000123" } }));

        updated.GetProperty("properties").GetProperty("invoice_number").GetString().ShouldBe("INV-000123");
        var deal = Output(await Invoke(HubSpotOperations.GetDeal, new { id }));
        deal.GetProperty("id").GetString().ShouldBe(id);
    }

    [Fact]
    public async Task UpdateDeal_ReadOnlyProperty_FailsPermanentlyWithValidationError()
    {
        var id = Output(await Invoke(HubSpotOperations.SearchDeals, new { max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetString();

        var result = await Invoke(HubSpotOperations.UpdateDeal, new { id, properties = new { hs_object_id = "1" } });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("hubspot.VALIDATION_ERROR");
    }

    [Fact]
    public async Task CreateContactNote_IsAssociatedWithTheContact()
    {
        var deal = Output(await Invoke(HubSpotOperations.GetDeal, new { id = Output(await Invoke(HubSpotOperations.SearchDeals, new { max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetString() }));
        var contact = deal.GetProperty("contact_ids")[0].GetString();

        var note = Output(await Invoke(HubSpotOperations.CreateContactNote, new { contact_id = contact, body = "Invoice INV-000123 sent from Zoho Books", timestamp = "2025-01-10T10:00:00Z" }));

        note.GetProperty("hs_note_body").GetString().ShouldBe("Invoice INV-000123 sent from Zoho Books");
        note.GetProperty("hs_timestamp").GetString().ShouldBe("2025-01-10T10:00:00.000Z");
        using var check = new HttpRequestMessage(HttpMethod.Get, new Uri($"/sandbox/hubspot/crm/v4/objects/contacts/{contact}/associations/notes", UriKind.Relative));
        check.Headers.Authorization = new("Bearer", FlowStudio.Sandbox.HubSpot.HubSpotSandboxDemo.AccessToken);
        using var response = await fixture.Sandbox.Admin.SendAsync(check, TestContext.Current.CancellationToken);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(note.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task CreateContactNote_UnknownContact_FailsPermanently()
    {
        var result = await Invoke(HubSpotOperations.CreateContactNote, new { contact_id = "1", body = "x" });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("hubspot.VALIDATION_ERROR");
    }

    [Fact]
    public async Task GetDeal_Unknown_FailsPermanentlyWithObjectNotFound()
    {
        var result = await Invoke(HubSpotOperations.GetDeal, new { id = "42" });

        result.Failure!.Code.ShouldBe("hubspot.OBJECT_NOT_FOUND");
    }

    [Fact]
    public async Task Throttled_Search_IsRetriedHonouringRetryAfterAndSucceeds()
    {
        await fixture.Sandbox.SetFaultsAsync("hubspot", new { throttleNextRequests = 1, retryAfterSeconds = 0 });
        var search = Output(await Invoke(HubSpotOperations.SearchDeals, new { max_items = 1 }));
        search.GetProperty("count").GetInt32().ShouldBe(1);
        fixture.Harness.Calls.ShouldContain(c => c.Status == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Test_WrongToken_IsRefused()
    {
        var module = fixture.Harness.Module(HubSpotOperations.Connector);

        (await module.TestAsync(HubSpotFixture.Connection(), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        (await module.TestAsync(HubSpotFixture.Connection("pat-wrong"), TestContext.Current.CancellationToken)).Message.ShouldContain("refused");
    }
}
