using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Web.Components.Pages.Triggers;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>"Poll now" on the Triggers page runs the real poll and shows what it found, or why it stopped.</summary>
public sealed class PollNowButtonTests(TriggerScreensApp app) : IClassFixture<TriggerScreensApp>
{
    [Fact]
    public async Task PollNow_Designer_UnknownConnection_ShowsTheErrorOnTheRowAndRecordsIt()
    {
        var flowId = await app.PublishAsync("Zoho contacts (poll now)", "contacts", NodeTypeKeys.PollTrigger,
            """{ "connection": "no-such-connection", "operation": "zoho-books.contacts.changed", "interval": "PT5M", "cursorField": "last_modified_time", "idField": "contact_id" }""");
        await using var context = Context(Roles.Designer);
        var page = context.Render<TriggersPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=poll-now-contacts]"));

        await page.Find("[data-testid=poll-now-contacts]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=poll-outcome-contacts]").TextContent.ShouldContain("Found 0 records, started 0 runs; stopped: zoho-books.contacts.changed:"));
        var row = page.FindAll("[data-testid=poll-triggers] tbody tr").First(r => r.TextContent.Contains("Zoho contacts (poll now)", StringComparison.Ordinal));
        row.QuerySelector("[data-testid=poll-last]").ShouldNotBeNull().TextContent.ShouldNotContain("Not polled yet");
        row.QuerySelector("[data-testid=poll-connection]").ShouldNotBeNull().TextContent.ShouldContain("no-such-connection (connection not found)");
        context.Snackbars().ShouldContain(m => m.StartsWith("Polled 'contacts' of 'Zoho contacts (poll now)'", StringComparison.Ordinal));
        var trigger = (await app.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Poll, flowId, TriggerScreensApp.Ct)).Single();
        trigger.LastError.ShouldNotBeNull().ShouldStartWith("zoho-books.contacts.changed:");
    }

    [Fact]
    public async Task PollRow_ExistingConnection_ShowsItsNameNotItsId()
    {
        var created = await app.Services.GetRequiredService<ConnectionStore>().CreateSandboxAsync("zoho-books", AuditActor.System, TriggerScreensApp.Ct);
        created.Succeeded.ShouldBeTrue(created.Message);
        var connection = created.Connection!;
        await app.PublishAsync("Zoho contacts (named connection)", "named", NodeTypeKeys.PollTrigger,
            $$"""{ "connection": "{{connection.Id}}", "operation": "zoho-books.contacts.changed", "interval": "PT5M" }""");
        await using var context = Context(Roles.Viewer);
        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=poll-triggers]").TextContent.ShouldContain("Zoho contacts (named connection)"));
        var row = page.FindAll("[data-testid=poll-triggers] tbody tr").Single(r => r.TextContent.Contains("Zoho contacts (named connection)", StringComparison.Ordinal));
        var shown = row.QuerySelector("[data-testid=poll-connection]").ShouldNotBeNull().TextContent;
        shown.ShouldContain(connection.Name);
        shown.ShouldNotContain(connection.Id);
    }

    [Fact]
    public async Task PollNow_Viewer_HasNoButton()
    {
        await app.PublishAsync("Zoho contacts (viewer)", "viewed", NodeTypeKeys.PollTrigger,
            """{ "connection": "no-such-connection", "operation": "zoho-books.contacts.changed", "interval": "PT5M" }""");
        await using var context = Context(Roles.Viewer);
        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=poll-triggers]").TextContent.ShouldContain("Zoho contacts (viewer)"));
        page.FindAll("[data-testid=poll-now-viewed]").ShouldBeEmpty();
    }

    private TriggerScreenContext Context(string role)
    {
        var context = new TriggerScreenContext(app.Services, FixedAuthenticationStateProvider.Person("u1", $"{role}@flowstudio.local", role));
        context.RenderProviders();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/triggers?tab=polls");
        return context;
    }
}
