using System.Net;
using System.Security.Cryptography;
using System.Text;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Triggers;

[Collection(BrowserTestGroup.Name)]
public sealed class TriggersJourneyTests(BrowserFixture fixture)
{
    //  [webhook: none] ──► [map: order = trigger.orderId]
    private const string PartnerOrders = """
        { "schemaVersion": 1, "metadata": { "name": "Partner orders" },
          "nodes": [
            { "id": "orders", "type": "trigger.webhook", "config": { "provider": "none" } },
            { "id": "map", "type": "logic.map", "config": { "mappings": { "order": "[trigger.orderId]" } } } ],
          "connections": [ { "fromNode": "orders", "fromPort": "out", "toNode": "map", "toPort": "in" } ] }
        """;

    //  [webhook: generic HMAC, secret in connection conn_ramp] ──► [map]
    private const string RampSpend = """
        { "schemaVersion": 1, "metadata": { "name": "Ramp card spend" },
          "nodes": [
            { "id": "ramp", "type": "trigger.webhook",
              "config": { "provider": "generic", "secret": "conn_ramp", "signatureHeader": "X-Ramp-Signature", "eventIdPath": "id" } },
            { "id": "map", "type": "logic.map", "config": { "mappings": { "amount": "[trigger.amount]" } } } ],
          "connections": [ { "fromNode": "ramp", "fromPort": "out", "toNode": "map", "toPort": "in" } ] }
        """;

    //  [schedule: weekdays 08:00 Europe/London] ──► [map]
    private const string MorningDigest = """
        { "schemaVersion": 1, "metadata": { "name": "Morning AR digest" },
          "nodes": [
            { "id": "morning", "type": "trigger.schedule", "config": { "cron": "0 0 8 ? * MON-FRI", "timeZone": "Europe/London" } },
            { "id": "map", "type": "logic.map", "config": { "mappings": { "at": "[trigger.scheduledFor]" } } } ],
          "connections": [ { "fromNode": "morning", "fromPort": "out", "toNode": "map", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Admin_PublishesHooks_DeliveriesPostedTwice_InboxShowsAcceptedDuplicateAndRejected()
    {
        var page = await fixture.SignedInPageAsync(fixture.App.AdminEmail, fixture.App.AdminPassword);
        await ImportAndPublishAsync(page, "Partner orders", PartnerOrders);
        await ImportAndPublishAsync(page, "Ramp card spend", RampSpend);
        await ImportAndPublishAsync(page, "Morning AR digest", MorningDigest);

        await page.GetByTestId("nav-triggers").ClickAsync();
        var table = page.GetByTestId("webhook-triggers");
        var partnerUrl = await HookUrlAsync(table, "Partner orders");
        var rampUrl = await HookUrlAsync(table, "Ramp card spend");
        partnerUrl.ShouldStartWith(fixture.App.BaseAddress + "hooks/");

        using var http = new HttpClient();
        const string order = """{"orderId":"ord_1001","total":"249.90"}""";
        (await PostAsync(http, partnerUrl, order, null)).ShouldBe(HttpStatusCode.OK);
        (await PostAsync(http, partnerUrl, order, null)).ShouldBe(HttpStatusCode.OK);

        // Signed correctly with the secret the sender holds; this server has no connection 'conn_ramp' holding it, so the
        // delivery is refused and recorded with the reason.
        const string spend = """{"id":"txn_778","amount":"125.40"}""";
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("ramp-signing-secret"u8, Encoding.UTF8.GetBytes(spend)));
        (await PostAsync(http, rampUrl, spend, ("X-Ramp-Signature", signature))).ShouldBe(HttpStatusCode.Unauthorized);

        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractivityAsync(page);
        var partner = page.GetByTestId("webhook-triggers").Locator("tr", new() { HasText = "Partner orders" });
        await Expect(partner.GetByTestId("webhook-count-accepted")).ToHaveTextAsync("accepted 1");
        await Expect(partner.GetByTestId("webhook-count-duplicate")).ToHaveTextAsync("duplicate 1");
        await Expect(partner.GetByTestId("hook-scheme-warning")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "30-triggers-webhooks");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("Schedules") }).ClickAsync();
        await Expect(page.GetByTestId("schedule-triggers")).ToContainTextAsync("Every weekday at 08:00");
        await Expect(page.GetByTestId("fire-time")).ToHaveCountAsync(5);
        await fixture.ScreenshotAsync(page, "31-triggers-schedules");

        await page.GetByTestId("nav-admin-inbox").ClickAsync();
        // The browser tests share one app: only this test's flows are counted.
        var inbox = page.GetByTestId("inbox-table");
        var partnerRows = inbox.Locator("tr", new() { HasText = "Partner orders" });
        var accepted = partnerRows.Filter(new() { HasText = "Accepted" });
        var duplicate = partnerRows.Filter(new() { HasText = "Duplicate" });
        await Expect(accepted).ToHaveCountAsync(1);
        await Expect(duplicate).ToHaveCountAsync(1);
        await Expect(inbox.Locator("tr", new() { HasText = "Ramp card spend" }).Filter(new() { HasText = "Rejected" })).ToHaveCountAsync(1);
        await Expect(duplicate).ToContainTextAsync("Already received; nothing started.");
        await Expect(accepted.GetByTestId("inbox-run-link")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "32-inbox");

        await accepted.Locator("td").First.ClickAsync();
        await Expect(page.GetByTestId("inbox-entry-body")).ToContainTextAsync("\"orderId\": \"ord_1001\"");

        // The drawer slides in; the picture is taken once it has arrived.
        await page.WaitForFunctionAsync("() => { const d = document.querySelector('[data-testid=inbox-drawer]'); return d && d.getBoundingClientRect().right <= window.innerWidth + 1; }");
        await fixture.ScreenshotAsync(page, "33-inbox-entry");
    }

    private static async Task ImportAndPublishAsync(IPage page, string name, string json)
    {
        await page.GetByTestId("nav-flows").ClickAsync();
        await page.GetByTestId("import-flow").ClickAsync();
        await page.GetByTestId("import-flow-json").FillAsync(json);
        await page.GetByTestId("import-flow-submit").ClickAsync();
        var row = page.GetByTestId("flows-table").Locator("tr", new() { HasText = name });
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Draft");
        await page.GetByTestId($"flow-actions-{name}").ClickAsync();
        await page.GetByText("Publish v1").ClickAsync();
        await Expect(row.GetByTestId("flow-status")).ToContainTextAsync("Published v1");
    }

    private static async Task<string> HookUrlAsync(ILocator table, string flow)
    {
        var url = table.Locator("tr", new() { HasText = flow }).GetByTestId("hook-url");
        await Expect(url).ToContainTextAsync("/hooks/");
        return (await url.TextContentAsync())!.Trim();
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string url, string body, (string Name, string Value)? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (header is { } h)
        {
            request.Headers.Add(h.Name, h.Value);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
