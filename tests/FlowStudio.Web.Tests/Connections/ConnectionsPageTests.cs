using Bunit;
using FlowStudio.Connectors.Runtime;
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

public sealed class ConnectionsPageTests
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
            services.AddSingleton(LedgerTestModule.Sandbox);
            services.AddFlowStudioConnections();
            services.AddScoped<CircuitClient>();
            services.AddScoped<CurrentActor>();
        });

    [Fact]
    public async Task EmptyState_ConnectSandbox_CreatesItInOneClick()
    {
        await using var context = CreateContext();
        var page = context.Render<ConnectionsPage>();
        page.WaitForElement("[data-testid=connections-empty]").TextContent.ShouldContain("Start with the sandbox");

        await page.Find("[data-testid=empty-connect-sandbox]").ClickAsync(new());

        var store = context.Services.GetRequiredService<ConnectionStore>();
        var created = (await store.ListAsync(Ct)).ShouldHaveSingleItem();
        created.IsSandbox.ShouldBeTrue();
        page.WaitForAssertion(() => page.Find("[data-testid=connection-name]").TextContent.ShouldBe("Ledger sandbox"));
        page.Find("[data-testid=connection-kind]").TextContent.ShouldContain("Sandbox");
        page.FindAll("[data-testid=connect-sandbox-test-ledger]").ShouldBeEmpty("one sandbox connection per connector");
    }

    [Fact]
    public async Task List_StoredSecret_IsShownMaskedWithItsDateOnly()
    {
        await using var context = CreateContext();
        var store = context.Services.GetRequiredService<ConnectionStore>();
        var created = (await store.CreateAsync(new NewConnection("Books EU", LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-5" },
            new Dictionary<string, string> { ["apiKey"] = LedgerTestModule.GoodApiKey }), Admin, Ct)).Connection!;

        var page = context.Render<ConnectionsPage>();

        var secrets = page.WaitForElement("[data-testid=connection-secrets]").TextContent;
        secrets.ShouldBe($"API key: •••••••• set {created.SecretsRotatedAt!.Value.UtcDateTime:d MMM yyyy}", StringCompareShould.IgnoreCase);
        page.Find("[data-testid=connection-kind]").TextContent.ShouldContain("Real");
        page.Markup.ShouldNotContain(LedgerTestModule.GoodApiKey);
    }

    [Fact]
    public async Task Test_WorkingConnection_ShowsAndRecordsTheOutcome()
    {
        await using var context = CreateContext();
        var store = context.Services.GetRequiredService<ConnectionStore>();
        await store.CreateAsync(new NewConnection("Books EU", LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-5" },
            new Dictionary<string, string> { ["apiKey"] = LedgerTestModule.GoodApiKey }), Admin, Ct);
        context.Render<MudPopoverProvider>();
        var page = context.Render<ConnectionsPage>();
        page.WaitForElement("[data-testid=connection-test-status]").TextContent.ShouldContain("Not tested");

        await page.Find("[data-testid='test-connection-Books EU']").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=connection-test-status]").TextContent.ShouldContain("Works"));
        (await store.ListAsync(Ct)).Single().LastTest!.Message.ShouldBe("Reached ledger account ACC-5.");
    }

    [Fact]
    public async Task NewConnection_WholeNumberFieldNotANumber_ShowsTheFieldsErrorAndCreatesNothing()
    {
        await using var context = CreateContext();
        context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<ConnectionsPage>();
        page.WaitForElement("[data-testid=new-connection]").Click();
        dialogs.WaitForElement("[data-testid=new-connection-dialog]");
        Input(dialogs, "new-connection-name").Input("Books batch");
        Input(dialogs, "connection-field-account").Input("ACC-9");
        Input(dialogs, "connection-field-apiKey").Input(LedgerTestModule.GoodApiKey);
        Input(dialogs, "connection-field-batchSize").Input("ten");

        await dialogs.Find("[data-testid=new-connection-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=new-connection-dialog]").TextContent
            .ShouldContain("Batch size: must be a whole number from 1 to 500; 'ten' is not."));
        (await context.Services.GetRequiredService<ConnectionStore>().ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewConnection_EmptyForm_ShowsRequiredFieldsAndCreatesNothing_ThenCreates()
    {
        await using var context = CreateContext();
        context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<ConnectionsPage>();
        // Not awaited: the page's handler awaits the dialog's result, which comes only when the dialog closes.
        page.WaitForElement("[data-testid=new-connection]").Click();
        dialogs.WaitForElement("[data-testid=new-connection-dialog]");

        await dialogs.Find("[data-testid=new-connection-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() =>
        {
            dialogs.Markup.ShouldContain("Name is required.");
            dialogs.Markup.ShouldContain("Account is required.");
            dialogs.Markup.ShouldContain("API key is required.");
        });
        var store = context.Services.GetRequiredService<ConnectionStore>();
        (await store.ListAsync(Ct)).ShouldBeEmpty();
        Input(dialogs, "new-connection-name").Input("Books US");
        Input(dialogs, "connection-field-account").Input("ACC-9");
        var secret = Input(dialogs, "connection-field-apiKey");
        secret.GetAttribute("type").ShouldBe("password");
        secret.Input(LedgerTestModule.GoodApiKey);

        await dialogs.Find("[data-testid=new-connection-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid=new-connection-dialog]").ShouldBeEmpty());
        var created = (await store.ListAsync(Ct)).ShouldHaveSingleItem();
        created.Name.ShouldBe("Books US");
        created.Settings.ShouldBe(new Dictionary<string, string> { ["account"] = "ACC-9", ["region"] = "eu" }, ignoreOrder: true);
        created.SecretKeys.ShouldBe(["apiKey"]);
        page.WaitForAssertion(() => page.Markup.ShouldContain("Books US"));
        page.Markup.ShouldNotContain(LedgerTestModule.GoodApiKey);
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> dialogs, string testId)
    {
        var element = dialogs.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException($"{testId} has no input");
    }
}
