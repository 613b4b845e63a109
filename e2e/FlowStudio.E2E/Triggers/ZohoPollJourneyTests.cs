using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FlowStudio.E2E.Triggers;

/// <summary>
/// Issue 6: a "Zoho contacts changed" poll trigger seen firing in the browser. The flow is published through the API on
/// the Zoho Books sandbox connection; a contact is created through the sandbox's own Zoho API (OAuth refresh, then
/// POST /contacts); "Poll now" on the Triggers page starts one run carrying that contact, and the run succeeds.
/// Unpublishing the flow from the flows list then stops the poll.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ZohoPollJourneyTests(BrowserFixture fixture)
{
    // The Zoho sandbox's published demo OAuth client (also in the one-click sandbox connection).
    private const string ClientId = "1000.SANDBOXDEMO0000000000000000000000";
    private const string ClientSecret = "sandbox0demo0secret0000000000000000000000000";
    private const string RefreshToken = "1000.sandboxdemo0refresh000000000000000.0000000000000000000000000000000";
    private const string OrganizationId = "10234695";

    //  [poll: zoho-books.contacts.changed since {watermark}, hourly] ──► [map shape_contact: name, email] ──► [stop]
    private static string Flow(string name, string connectionId) => $$"""
        { "schemaVersion": 1, "metadata": { "name": "{{name}}", "tags": ["zoho", "poll"] },
          "nodes": [
            { "id": "contacts_changed", "type": "trigger.poll",
              "config": { "connection": "{{connectionId}}", "operation": "zoho-books.contacts.changed", "interval": "PT1H",
                          "cursorField": "last_modified_time", "idField": "contact_id", "input": "{ \"modified_after\": \"{watermark}\" }" } },
            { "id": "shape_contact", "type": "logic.map",
              "config": { "mappings": { "name": "[trigger.contact_name]", "email": "[trigger.email]" } } },
            { "id": "end", "type": "flow.stop" } ],
          "connections": [
            { "fromNode": "contacts_changed", "fromPort": "out", "toNode": "shape_contact", "toPort": "in" },
            { "fromNode": "shape_contact", "fromPort": "out", "toNode": "end", "toPort": "in" } ] }
        """;

    [Fact]
    public async Task Admin_PollNow_NewZohoContact_StartsOneSucceededRunCarryingIt_UnpublishStopsThePoll()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var flowName = $"Zoho contacts changed {suffix}";
        var contactName = $"Polled Customer {suffix}";
        var page = await fixture.SignedInPageAsync(fixture.App.AdminEmail, fixture.App.AdminPassword);
        var connectionId = await ZohoSandboxConnectionAsync(page);
        await PublishAsync(page, Flow(flowName, connectionId));

        await GoToAsync(page, "/triggers?tab=polls");
        var row = page.GetByTestId("poll-triggers").Locator("tr", new() { HasText = flowName });
        await Expect(row).ToContainTextAsync("zoho-books.contacts.changed");
        await Expect(row).ToContainTextAsync("every hour");
        await fixture.ScreenshotAsync(page, "50-zoho-poll-trigger-listed");

        // Activation polls once at once; let that first poll pass before the new contact exists, so the run comes from "Poll now".
        await WaitForFirstPollAsync(page, row);
        var contactId = await CreateZohoContactAsync(contactName);
        await row.GetByTestId("poll-now-contacts_changed").ClickAsync();
        var outcome = page.GetByTestId("poll-outcome-contacts_changed"); // a row of its own under the trigger
        await Expect(outcome).ToContainTextAsync("started 1 run", new() { Timeout = 30_000 });
        await Expect(outcome).ToContainTextAsync("watermark 20");
        await Expect(row.GetByTestId("poll-last")).ToContainTextAsync("1 run started");
        await fixture.ScreenshotAsync(page, "51-zoho-poll-now-outcome");

        // Polling again finds the same contact version and starts nothing.
        await row.GetByTestId("poll-now-contacts_changed").ClickAsync();
        await Expect(outcome).ToContainTextAsync("started 0 runs");

        await page.GetByTestId("poll-runs-contacts_changed").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/runs\\?flow="));
        await BrowserFixture.WaitForInteractivityAsync(page);
        var runs = page.GetByTestId("runs-table").Locator("tbody tr", new() { HasText = flowName });
        await Expect(runs).ToHaveCountAsync(1);
        await Expect(runs.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = 30_000 });
        await Expect(runs).ToContainTextAsync("poll");
        await fixture.ScreenshotAsync(page, "52-zoho-poll-run-listed");

        await runs.ClickAsync();
        await Expect(page.GetByTestId("run-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        var mapTitle = page.GetByTestId("step-title").Filter(new() { HasText = "shape_contact" });
        await mapTitle.First.ClickAsync();
        var output = page.Locator(".mud-expand-panel", new() { Has = mapTitle.First }).GetByTestId("step-output");
        await Expect(output).ToContainTextAsync(contactName);
        await page.WaitForTimeoutAsync(500); // the panel's open animation, so the screenshot shows the output
        await fixture.ScreenshotAsync(page, "53-zoho-poll-run-succeeded");
        contactId.ShouldNotBeNullOrWhiteSpace();

        // Unpublishing the flow (turning it off) from the flows list stops its poll.
        await GoToAsync(page, "/flows");
        var flowRow = page.GetByTestId("flows-table").Locator("tr", new() { HasText = flowName });
        await Expect(flowRow.GetByTestId("flow-status")).ToContainTextAsync("Published v1");
        await page.GetByTestId($"flow-actions-{flowName}").ClickAsync();
        await page.GetByText("Unpublish (turn off)").ClickAsync();
        await Expect(flowRow.GetByTestId("flow-status")).ToContainTextAsync("Off");
        await fixture.ScreenshotAsync(page, "54-zoho-poll-flow-unpublished");
        await GoToAsync(page, "/triggers?tab=polls");
        await Expect(row.GetByTestId("trigger-state")).ToHaveTextAsync("Inactive");
        await Expect(row.GetByTestId("poll-now-contacts_changed")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "55-zoho-poll-trigger-stopped");
    }

    private static async Task WaitForFirstPollAsync(IPage page, ILocator row)
    {
        for (var attempt = 0; attempt < 30 && await row.GetByTestId("poll-last").TextContentAsync() is { } last && last.Contains("Not polled yet", StringComparison.Ordinal); attempt++)
        {
            await page.WaitForTimeoutAsync(1_000);
            await GoToAsync(page, "/triggers?tab=polls");
        }

        await Expect(row.GetByTestId("poll-last")).Not.ToContainTextAsync("Not polled yet");
    }

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitForInteractivityAsync(page);
    }

    /// <summary>The Zoho Books sandbox connection (made with the one-click button unless another test made it already).</summary>
    private static async Task<string> ZohoSandboxConnectionAsync(IPage page)
    {
        if (await SandboxConnections.FindAsync(page, "zoho-books") is { } existing)
        {
            return existing;
        }

        await GoToAsync(page, "/connections");
        await page.GetByTestId("connect-sandbox-zoho-books").Or(page.GetByTestId("empty-connect-sandbox")).First.ClickAsync();
        await Expect(page.GetByTestId("connections-table")).ToContainTextAsync("Zoho Books sandbox");
        return (await SandboxConnections.FindAsync(page, "zoho-books")).ShouldNotBeNull();
    }

    private static async Task PublishAsync(IPage page, string flow)
    {
        var created = await page.APIRequest.PostAsync("/api/v1/flows", new()
        {
            DataString = flow,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        created.Ok.ShouldBeTrue(await created.TextAsync());
        var id = (await created.JsonAsync())!.Value.GetProperty("flow").GetProperty("id").GetString();
        var published = await page.APIRequest.PostAsync($"/api/v1/flows/{id}/publish");
        published.Ok.ShouldBeTrue(await published.TextAsync());
    }

    /// <summary>A contact created the way any Zoho client would: refresh token → access token → POST /contacts.</summary>
    private async Task<string> CreateZohoContactAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        using var token = await http.PostAsync(
            $"/sandbox/zoho-accounts/oauth/v2/token?grant_type=refresh_token&client_id={ClientId}&client_secret={ClientSecret}&refresh_token={RefreshToken}", null);
        token.IsSuccessStatusCode.ShouldBeTrue(await token.Content.ReadAsStringAsync());
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sandbox/zoho/books/v3/contacts?organization_id={OrganizationId}")
        {
            Content = JsonContent.Create(new { contact_name = name, contact_type = "customer", email = "ap@polled.example" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", accessToken);
        using var response = await http.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("contact_id").GetString()!;
    }
}
