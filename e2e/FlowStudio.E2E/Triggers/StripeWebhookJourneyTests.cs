using System.Text.Json;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Triggers;

/// <summary>
/// Issue 6: a Stripe-triggered flow is published, "simulate payment" in the Stripe sandbox starts a run that
/// succeeds, and redelivering the same event adds no run. Everything goes through the real /hooks/{key}:
/// Stripe-Signature verified with the connection's signing secret, the event id deduplicated in the inbox.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class StripeWebhookJourneyTests(BrowserFixture fixture)
{
    private const string FlowName = "Stripe payment → map amount";

    //  [webhook: Stripe payment_intent.succeeded] ──► [map: amount = minor units / 100, payment = intent id] ──► [stop]
    private static string Flow(string connectionId) => $$"""
        { "schemaVersion": 1, "metadata": { "name": "{{FlowName}}", "tags": ["stripe"] },
          "nodes": [
            { "id": "payment", "type": "trigger.webhook",
              "config": { "provider": "stripe", "secret": "{{connectionId}}", "eventTypes": "payment_intent.succeeded" } },
            { "id": "amount", "type": "logic.map",
              "config": { "mappings": { "amount": "[trigger.data.object.amount] / 100", "payment": "[trigger.data.object.id]" } } },
            { "id": "end", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "payment", "fromPort": "out", "toNode": "amount", "toPort": "in" },
            { "fromNode": "amount", "fromPort": "out", "toNode": "end", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Admin_SimulatedStripePayment_StartsOneSucceededRun_AndRedeliveryIsADuplicate()
    {
        var page = await fixture.SignedInPageAsync(fixture.App.AdminEmail, fixture.App.AdminPassword);

        // 1. The Stripe sandbox connection holds the sandbox's webhook signing secret.
        await GoToAsync(page, "/connections");
        await page.GetByTestId("connect-sandbox-stripe").ClickAsync();
        var connectionRow = page.GetByTestId("connections-table").Locator("tr", new() { HasText = "Stripe sandbox" });
        await Expect(connectionRow).ToContainTextAsync("Webhook signing secret");
        await fixture.ScreenshotAsync(page, "40-stripe-sandbox-connection");
        var connectionId = await StripeConnectionIdAsync(page);

        // 2. Import and publish the flow whose trigger is a Stripe webhook using that connection.
        await page.GetByTestId("nav-flows").ClickAsync();
        await page.GetByTestId("import-flow").ClickAsync();
        await page.GetByTestId("import-flow-json").FillAsync(Flow(connectionId));
        await page.GetByTestId("import-flow-submit").ClickAsync();
        var flowRow = page.GetByTestId("flows-table").Locator("tr", new() { HasText = FlowName });
        await Expect(flowRow.GetByTestId("flow-status")).ToContainTextAsync("Draft");
        await page.GetByTestId($"flow-actions-{FlowName}").ClickAsync();
        await page.GetByText("Publish v1").ClickAsync();
        await Expect(flowRow.GetByTestId("flow-status")).ToContainTextAsync("Published v1");
        await fixture.ScreenshotAsync(page, "41-stripe-flow-published");

        // 3. Simulate a payment to the flow's hook, picked from the published Stripe webhook triggers.
        await GoToAsync(page, "/admin/sandboxes");
        var stripe = page.GetByTestId("sandbox-stripe");
        await stripe.GetByTestId("sandbox-stripe-hook-picker").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = FlowName }).ClickAsync();
        await Expect(stripe.GetByTestId("sandbox-stripe-hook-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/hooks/[A-Za-z0-9_-]{22}$"));
        await stripe.GetByTestId("sandbox-stripe-amount").FillAsync("310.25");
        await stripe.GetByTestId("sandbox-stripe-simulate").ClickAsync();
        var delivery = stripe.GetByTestId("sandbox-stripe-delivery");
        await Expect(delivery).ToContainTextAsync("HTTP 200");
        await Expect(stripe.GetByTestId("sandbox-stripe-answer")).ToContainTextAsync("Accepted: a run was queued.");
        var hookUrl = await stripe.GetByTestId("sandbox-stripe-hook-url").InputValueAsync();
        await Expect(stripe.GetByTestId("sandbox-stripe-last-event")).ToContainTextAsync(hookUrl);
        var eventId = (await stripe.GetByTestId("sandbox-stripe-last-event-id").InnerTextAsync()).Trim();
        eventId.ShouldStartWith("evt_");
        await Expect(delivery).ToContainTextAsync(eventId);
        await fixture.ScreenshotAsync(page, "42-stripe-payment-simulated");

        // 4. Exactly one run, succeeded, with the amount as a decimal in the map step's output.
        await page.GetByTestId("nav-runs").ClickAsync();
        var runs = page.GetByTestId("runs-table").Locator("tbody tr", new() { HasText = FlowName });
        await Expect(runs).ToHaveCountAsync(1);
        await Expect(runs.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        await Expect(runs).ToContainTextAsync("webhook");
        await fixture.ScreenshotAsync(page, "43-stripe-run-listed");
        await runs.ClickAsync();
        await Expect(page.GetByTestId("run-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        var mapTitle = page.GetByTestId("step-title").Filter(new() { HasText = "amount" });
        await mapTitle.ClickAsync();
        var output = page.Locator(".mud-expand-panel", new() { Has = mapTitle }).GetByTestId("step-output");
        await Expect(output).ToBeVisibleAsync();
        await Expect(output).ToContainTextAsync("310.25");
        await Expect(output).ToContainTextAsync("pi_");
        await page.WaitForTimeoutAsync(500); // the panel's open animation, so the screenshot shows the output
        await fixture.ScreenshotAsync(page, "44-stripe-run-amount");

        // 5. Redeliver the same event (same id, signed again): the hook answers 200 duplicate and starts nothing.
        await GoToAsync(page, "/admin/sandboxes");
        await Expect(stripe.GetByTestId("sandbox-stripe-last-event")).ToContainTextAsync(eventId);
        await stripe.GetByTestId("sandbox-stripe-redeliver").ClickAsync();
        await Expect(delivery).ToContainTextAsync(eventId);
        await Expect(delivery).ToContainTextAsync("HTTP 200");
        await Expect(stripe.GetByTestId("sandbox-stripe-answer")).ToContainTextAsync("Duplicate: this event was already received; no new run.");
        await fixture.ScreenshotAsync(page, "45-stripe-redelivery-duplicate");

        await page.GetByTestId("nav-runs").ClickAsync();
        await Expect(page.GetByTestId("runs-table")).ToContainTextAsync(FlowName);
        await Expect(runs).ToHaveCountAsync(1);
        await fixture.ScreenshotAsync(page, "46-stripe-runs-after-redelivery");
    }

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitForInteractivityAsync(page);
    }

    /// <summary>The one-click connection's id, read from the REST API with the browser's cookie.</summary>
    private static async Task<string> StripeConnectionIdAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/connections");
        response.Ok.ShouldBeTrue($"GET /api/v1/connections answered {response.Status}");
        using var connections = JsonDocument.Parse(await response.TextAsync());
        return connections.RootElement.EnumerateArray()
            .Single(c => c.GetProperty("connector").GetString() == "stripe" && c.GetProperty("isSandbox").GetBoolean())
            .GetProperty("id").GetString()!;
    }
}
