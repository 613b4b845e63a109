using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Security;
using FlowStudio.Web.Components.Triggers;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Triggers;

public sealed class HookUrlFieldTests(TriggerScreensApp app) : IClassFixture<TriggerScreensApp>
{
    private const string Generic = """{ "provider": "generic", "secret": "conn_webhook", "signatureHeader": "X-Ramp-Signature" }""";

    [Fact]
    public async Task Render_KnownKey_FullUrlUnderPublicBaseUrl_SchemeAndNoWarning()
    {
        await using var context = Context();

        var field = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse(Generic)).Add(f => f.HookKey, "k3y_abc"));

        field.Find("[data-testid=hook-url]").GetAttribute("value").ShouldBe("https://flows.example.com/hooks/k3y_abc");
        field.Find("[data-testid=hook-scheme]").TextContent.ShouldBe("Verification: HMAC-SHA256 (hex) in X-Ramp-Signature");
        field.FindAll("[data-testid=hook-scheme-warning]").ShouldBeEmpty();
        field.FindAll("[data-testid=hook-secret-warning]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_SchemeNone_WarnsThatAnyoneCanStartRuns()
    {
        await using var context = Context();

        var field = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse("""{ "provider": "none" }""")).Add(f => f.HookKey, "k3y"));

        field.Find("[data-testid=hook-scheme-warning]").TextContent.ShouldContain("anyone who knows this URL can start runs");
    }

    [Fact]
    public async Task Render_SignedSchemeWithoutSecretConnection_WarnsEveryDeliveryWillBeRejected()
    {
        await using var context = Context();

        var field = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse("""{ "provider": "stripe" }""")).Add(f => f.HookKey, "k3y"));

        field.Find("[data-testid=hook-secret-warning]").TextContent.ShouldContain("every delivery will be rejected");
    }

    [Fact]
    public async Task Render_PublishedFlowNode_LooksUpItsKey_UnpublishedSaysItAppearsOncePublished()
    {
        var flowId = await app.PublishAsync("Ramp card spend", "ramp", NodeTypeKeys.WebhookTrigger, Generic);
        var key = await app.HookKeyAsync(flowId, "ramp");
        await using var context = Context();

        var published = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse(Generic)).Add(f => f.FlowId, flowId).Add(f => f.NodeId, "ramp"));
        var draftNode = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse(Generic)).Add(f => f.FlowId, flowId).Add(f => f.NodeId, "not-yet-published"));

        published.WaitForAssertion(() => published.Find("[data-testid=hook-url]").GetAttribute("value").ShouldBe($"https://flows.example.com/hooks/{key}"));
        draftNode.Find("[data-testid=hook-url-pending]").TextContent.Trim().ShouldBe("The hook URL appears here once the flow is published.");
    }

    [Fact]
    public async Task Copy_Clicked_WritesTheUrlToTheClipboard()
    {
        await using var context = Context();
        var field = context.Render<HookUrlField>(p => p.Add(f => f.Config, NodeConfig.Parse(Generic)).Add(f => f.HookKey, "k3y").Add(f => f.Compact, true));

        field.Find("[data-testid=hook-url-copy]").Click();

        context.JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments.ShouldBe(["https://flows.example.com/hooks/k3y"]);
        context.Snackbars().ShouldContain("Hook URL copied.");
    }

    private TriggerScreenContext Context() =>
        new(app.Services, FixedAuthenticationStateProvider.Person("d1", "designer@flowstudio.local", Roles.Designer));
}
