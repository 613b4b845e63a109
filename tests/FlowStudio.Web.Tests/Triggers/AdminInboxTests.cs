using System.Net;
using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Web.Components.Pages.Admin.Inbox;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>The admin inbox over real deliveries to a published generic-HMAC hook: accepted, duplicate and rejected.</summary>
public sealed class AdminInboxTests(TriggerScreensApp app) : IClassFixture<TriggerScreensApp>, IAsyncLifetime
{
    private const string Body = """{"id":"evt_inbox_1","type":"invoice.paid","amount":"1250.00"}""";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid _flowId;

    public async ValueTask InitializeAsync()
    {
        await Once.WaitAsync(TriggerScreensApp.Ct);
        try
        {
            if ((await Entries()).Total > 0)
            {
                return;
            }

            _flowId = await app.PublishAsync("Paid invoices", "paid", NodeTypeKeys.WebhookTrigger,
                """{ "provider": "generic", "secret": "conn_webhook", "signatureHeader": "X-Signature", "eventIdPath": "id" }""");
            var key = await app.HookKeyAsync(_flowId, "paid");
            await PostAsync(WebhookSigning.SignedRequest(key, Body, TriggerScreensApp.Secret), HttpStatusCode.OK);
            await PostAsync(WebhookSigning.SignedRequest(key, Body, TriggerScreensApp.Secret), HttpStatusCode.OK);
            await PostAsync(WebhookSigning.SignedRequest(key, Body.Replace("1250.00", "9999.00", StringComparison.Ordinal), TriggerScreensApp.Secret + "x"), HttpStatusCode.Unauthorized);
        }
        finally
        {
            Once.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task List_ShowsAcceptedDuplicateAndRejectedWithReason_RunLinked()
    {
        await using var context = Context();
        var accepted = (await Entries()).Items.Single(e => e.Status == InboxStatus.Accepted);

        var page = context.Render<AdminInbox>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=inbox-status]").Select(s => s.TextContent).Order().ShouldBe(["Accepted", "Duplicate", "Rejected"]));
        var reasons = page.FindAll("[data-testid=inbox-reason]").Select(r => r.TextContent).ToList();
        reasons.ShouldContain("X-Signature does not match the signing secret.");
        reasons.ShouldContain("Already received; nothing started.");
        page.FindAll("[data-testid=inbox-run-link]").Select(a => a.GetAttribute("href")).ShouldBe([$"/runs/{accepted.RunId}"]);
        page.FindAll("[data-testid=inbox-event-key]").Count(k => k.TextContent == "evt_inbox_1").ShouldBe(2);
    }

    [Fact]
    public async Task Page_SaysHowLongEntriesAreKept()
    {
        await using var context = Context();

        var page = context.Render<AdminInbox>();

        page.WaitForAssertion(() => page.Find("[data-testid=inbox-retention]").TextContent
            .ShouldContain("Entries are kept for 30 days (rejected deliveries for 90 days), then purged"));
    }

    [Fact]
    public async Task List_StatusFromQuery_ShowsOnlyThatStatus()
    {
        await using var context = Context("/admin/inbox?status=rejected");

        var page = context.Render<AdminInbox>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=inbox-status]").Select(s => s.TextContent).ShouldBe(["Rejected"]));
    }

    [Fact]
    public async Task Drawer_AcceptedEntry_ShowsHeadersAndFormattedBody_RedeliverAfterConfirmationStartsARun()
    {
        await using var context = Context();
        var dialogs = context.RenderProviders();
        var page = context.Render<AdminInbox>();
        page.WaitForAssertion(() => page.FindAll("tr.clickable").Count.ShouldBe(3));

        page.FindAll("tr.clickable").Single(r => r.TextContent.Contains("Accepted", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => page.Find("[data-testid=inbox-entry-body]").TextContent.ShouldContain("\"amount\": \"1250.00\""));
        page.Find("[data-testid=inbox-entry-headers]").TextContent.ShouldContain("application/json");
        page.Find("[data-testid=inbox-entry-key]").TextContent.ShouldBe("evt_inbox_1");

        page.Find("[data-testid=inbox-redeliver]").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Redeliver this event?"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Redeliver").Click();

        page.WaitForAssertion(() => context.Snackbars().ShouldContain(s => s.StartsWith("Redelivered: run ", StringComparison.Ordinal)));
        var entry = (await Entries()).Items.Single(e => e.Status == InboxStatus.Accepted);
        entry.RedeliveredRunId.ShouldNotBeNull();
        entry.RedeliveredBy.ShouldBe("admin@flowstudio.local");
        var audit = await app.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: FlowStudio.Core.Auditing.AuditActions.InboxRedelivered), TriggerScreensApp.Ct);
        audit.Items.ShouldContain(a => a.TargetId == entry.RedeliveredRunId.ToString());
    }

    [Fact]
    public async Task Drawer_RejectedEntry_CannotBeRedelivered()
    {
        await using var context = Context();
        var page = context.Render<AdminInbox>();
        page.WaitForAssertion(() => page.FindAll("tr.clickable").Count.ShouldBe(3));

        page.FindAll("tr.clickable").Single(r => r.TextContent.Contains("Rejected", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => page.Find("[data-testid=inbox-redeliver]").HasAttribute("disabled").ShouldBeTrue());
        page.Markup.ShouldContain("was never verified, so it cannot be sent to the flow");
    }

    [Theory]
    [InlineData("X-Signature", true)]
    [InlineData("Authorization", true)]
    [InlineData("X-Webhook-Secret", true)]
    [InlineData("X-Api-Key", true)]
    [InlineData("Content-Type", false)]
    [InlineData("X-Shopify-Topic", false)]
    public void LooksSecret_HeaderName_MaskedWhenItCouldHoldACredential(string name, bool masked) =>
        InboxHeaders.LooksSecret(name).ShouldBe(masked);

    [Fact]
    public void Parse_HeadersJson_MasksSecretLookingValues()
    {
        var headers = InboxHeaders.Parse("""{"Content-Type":"application/json","X-Partner-Token":"tok_live_123"}""");

        headers.ShouldBe([new("Content-Type", "application/json"), new("X-Partner-Token", InboxHeaders.Mask)]);
    }

    private async Task<InboxPage> Entries() =>
        await app.Services.GetRequiredService<InboxQueries>().ListAsync(new InboxQuery(), TriggerScreensApp.Ct);

    private async Task PostAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            using var response = await app.Client.SendAsync(request, TriggerScreensApp.Ct);
            response.StatusCode.ShouldBe(expected);
        }
    }

    private TriggerScreenContext Context(string? uri = null)
    {
        var context = new TriggerScreenContext(app.Services, FixedAuthenticationStateProvider.Person("a1", "admin@flowstudio.local", Roles.Admin));
        if (uri is not null)
        {
            context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        }

        return context;
    }
}
