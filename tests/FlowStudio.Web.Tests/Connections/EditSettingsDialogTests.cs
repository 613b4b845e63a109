using Bunit;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Components.Pages.Connections;
using FlowStudio.Web.Security;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FlowStudio.Web.Tests.Connections;

/// <summary>Edit settings: the connector's non-secret fields, prefilled, validated, saved and audited; secrets untouched and never shown.</summary>
public sealed class EditSettingsDialogTests
{
    private static readonly AuditActor Admin = new("admin-id", "admin@flowstudio.local", null);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static ShellContext CreateContext() =>
        new(FixedAuthenticationStateProvider.Person("designer-id", "designer@flowstudio.local", Roles.Designer), (services, _) =>
        {
            services.AddLogging();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<AuditLog>();
            services.AddSingleton<INodeCatalog>(NodeCatalog.CreateBuiltIn());
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            services.AddConnectorModule<LedgerTestModule>();
            services.AddFlowStudioConnections();
            services.AddScoped<CircuitClient>();
            services.AddScoped<CurrentActor>();
        });

    [Fact]
    public async Task EditSettings_ShowsOnlySettings_RefusesAnEmptyRequiredOne_SavesAndAuditsWithSecretsKept()
    {
        await using var context = CreateContext();
        var store = context.Services.GetRequiredService<ConnectionStore>();
        var created = (await store.CreateAsync(new NewConnection("Ledger main", LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-1", ["region"] = "eu" },
            new Dictionary<string, string> { ["apiKey"] = LedgerTestModule.GoodApiKey }), Admin, Ct)).Connection!;
        var popovers = context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<ConnectionsPage>();

        // Not awaited: the page's handler awaits the dialog's result, which comes only when the dialog closes.
        page.WaitForElement("[data-testid='connection-actions-Ledger main'] button").Click();
        popovers.WaitForElement("[data-testid='edit-settings-Ledger main']").Click();
        dialogs.WaitForElement("[data-testid=edit-settings-dialog]");

        var account = Input(dialogs, "connection-field-account");
        account.GetAttribute("value").ShouldBe("ACC-1");
        dialogs.FindAll("[data-testid=connection-field-apiKey]").ShouldBeEmpty();
        dialogs.Markup.ShouldNotContain(LedgerTestModule.GoodApiKey);

        account.Input("");
        await dialogs.Find("[data-testid=edit-settings-submit]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Account is required."));
        (await store.GetAsync(created.Id, Ct))!.Revision.ShouldBe(created.Revision);

        Input(dialogs, "connection-field-account").Input("ACC-2");
        await dialogs.Find("[data-testid=edit-settings-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=edit-settings-dialog]").ShouldBeEmpty());
        var saved = (await store.GetAsync(created.Id, Ct))!;
        saved.Settings.ShouldBe(new Dictionary<string, string> { ["account"] = "ACC-2", ["region"] = "eu" }, ignoreOrder: true);
        saved.Revision.ShouldBe(created.Revision + 1);
        saved.SecretsRotatedAt.ShouldBe(created.SecretsRotatedAt);
        var resolved = await context.Services.GetRequiredService<IConnectionResolver>().ResolveAsync(created.Id, Ct);
        resolved!.Secret("apiKey").ShouldBe(LedgerTestModule.GoodApiKey);
        var audit = await context.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.ConnectionSettingsChanged), Ct);
        audit.Items.ShouldHaveSingleItem().Summary.ShouldContain("account");
        page.WaitForAssertion(() => page.Markup.ShouldContain("ACC-2"));
    }

    [Fact]
    public async Task EditSettings_WholeNumberOutOfRange_ShowsTheFieldsErrorAndSavesNothing()
    {
        await using var context = CreateContext();
        var store = context.Services.GetRequiredService<ConnectionStore>();
        var created = (await store.CreateAsync(new NewConnection("Ledger batch", LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-1", ["batchSize"] = "50" },
            new Dictionary<string, string> { ["apiKey"] = LedgerTestModule.GoodApiKey }), Admin, Ct)).Connection!;
        var popovers = context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<ConnectionsPage>();

        page.WaitForElement("[data-testid='connection-actions-Ledger batch'] button").Click();
        popovers.WaitForElement("[data-testid='edit-settings-Ledger batch']").Click();
        dialogs.WaitForElement("[data-testid=edit-settings-dialog]");
        Input(dialogs, "connection-field-batchSize").GetAttribute("value").ShouldBe("50");

        Input(dialogs, "connection-field-batchSize").Input("501");
        await dialogs.Find("[data-testid=edit-settings-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=edit-settings-dialog]").TextContent
            .ShouldContain("Batch size: must be a whole number from 1 to 500; '501' is not."));
        dialogs.FindAll("[data-testid=edit-settings-dialog]").ShouldNotBeEmpty();
        var stored = (await store.GetAsync(created.Id, Ct))!;
        stored.Revision.ShouldBe(created.Revision);
        stored.Settings["batchSize"].ShouldBe("50");
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> dialogs, string testId)
    {
        var element = dialogs.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException($"{testId} has no input");
    }
}
