using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Slack;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Slack;

namespace FlowStudio.Connectors.Tests.Slack;

public sealed class SlackOperationTests(SlackSandboxFixture fixture) : IClassFixture<SlackSandboxFixture>
{
    private const string PostMessage = "slack.messages.post";
    private const string PostWebhook = "slack.webhook.post";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMessage_ChannelByName_PostsTextAndBlocksAndAnswersChannelIdAndTs()
    {
        var blocks = new object[] { new { type = "section", text = new { type = "mrkdwn", text = "*INV-000123* paid" } } };

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(PostMessage, new { channel = "#finance-alerts", text = "Invoice INV-000123 paid", blocks }),
            SlackSandboxFixture.Connection(),
            Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        output.GetProperty("channel").GetString().ShouldBe(SlackSandboxDemo.FinanceChannelId);
        output.GetProperty("ts").GetString()!.ShouldMatch(@"^\d{10}\.\d{6}$");
        var stored = await LatestAsync(SlackSandboxDemo.FinanceChannelId);
        stored.GetProperty("ts").GetString().ShouldBe(output.GetProperty("ts").GetString());
        stored.GetProperty("text").GetString().ShouldBe("Invoice INV-000123 paid");
        stored.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString().ShouldBe("*INV-000123* paid");
        stored.GetProperty("source").GetString().ShouldBe("api");
    }

    [Fact]
    public async Task PostMessage_NoChannel_UsesTheConnectionsDefaultChannel()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { text = "Daily AR summary" }), SlackSandboxFixture.Connection(), Ct);

        result.Output!.Value.GetProperty("channel").GetString().ShouldBe(SlackSandboxDemo.GeneralChannelId);
    }

    [Fact]
    public async Task PostMessage_InThread_KeepsThreadTs()
    {
        var parent = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel = SlackSandboxDemo.GeneralChannelId, text = "parent" }), SlackSandboxFixture.Connection(), Ct);
        var parentTs = parent.Output!.Value.GetProperty("ts").GetString();

        var reply = await fixture.Module.InvokeAsync(
            SandboxHost.Call(PostMessage, new { channel = SlackSandboxDemo.GeneralChannelId, text = "reply", thread_ts = parentTs }), SlackSandboxFixture.Connection(), Ct);

        reply.Output!.Value.GetProperty("ts").GetString().ShouldNotBe(parentTs);
        (await LatestAsync(SlackSandboxDemo.GeneralChannelId)).GetProperty("thread_ts").GetString().ShouldBe(parentTs);
    }

    [Theory]
    [InlineData("#no-such-channel", "slack.channel_not_found")]
    [InlineData("#old-announcements", "slack.is_archived")]
    [InlineData("#exec", "slack.not_in_channel")]
    public async Task PostMessage_ChannelSlackRefuses_FailsPermanentlyWithSlacksErrorCode(string channel, string code)
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel, text = "hello" }), SlackSandboxFixture.Connection(), Ct);

        result.Failure.ShouldNotBeNull();
        result.Failure.Code.ShouldBe(code);
        result.Failure.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task PostMessage_WrongToken_FailsWithInvalidAuth()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(PostMessage, new { channel = "#general", text = "hello" }), SlackSandboxFixture.Connection(botToken: "xoxb-wrong"), Ct);

        result.Failure!.Code.ShouldBe("slack.invalid_auth");
        result.Failure.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task PostMessage_NeitherTextNorBlocks_FailsBeforeCallingSlack()
    {
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel = "#general", text = " " }), SlackSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("slack.invalid_input");
        result.Failure.Message.ShouldContain("'text' is required");
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task PostMessage_BlocksNotAnArray_FailsWithClearMessage()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(PostMessage, new { channel = "#general", text = "x", blocks = new { type = "section" } }), SlackSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("slack.invalid_input");
        result.Failure.Message.ShouldContain("Block Kit array");
    }

    [Fact]
    public async Task PostMessage_ThrottledOnceWithRetryAfter_WaitsAndSucceeds()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/slack/_admin/faults", new { throttleNextRequests = 1, retryAfterSeconds = 1 });
        var before = fixture.Host.Calls.Count;
        var started = TimeProvider.System.GetTimestamp();

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel = "#general", text = "after throttle" }), SlackSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        TimeProvider.System.GetElapsedTime(started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
        fixture.Host.Calls.Skip(before).Select(c => c.Status).ShouldBe([HttpStatusCode.TooManyRequests, HttpStatusCode.OK]);
    }

    [Fact]
    public async Task PostMessage_ThrottledWithLongRetryAfter_FailsTransientWithThatWait()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/slack/_admin/faults", new { throttleNextRequests = 1, retryAfterSeconds = 120 });
        try
        {
            var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel = "#general", text = "x" }), SlackSandboxFixture.Connection(), Ct);

            result.Failure!.IsTransient.ShouldBeTrue();
            result.Failure.Code.ShouldBe("slack.ratelimited");
            result.Failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        }
        finally
        {
            await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/slack/_admin/faults", new { });
        }
    }

    [Fact]
    public async Task PostMessage_ServerError_FailsTransientWithoutRetryingTheSend()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/slack/_admin/faults", new { failNextRequests = 1 });
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { channel = "#general", text = "x" }), SlackSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeTrue();
        fixture.Host.Calls.Count.ShouldBe(before + 1);
    }

    [Fact]
    public async Task PostWebhook_SandboxConnection_PostsToTheWebhooksChannel()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(PostWebhook, new { text = "Payout settled" }), SlackSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("ok").GetBoolean().ShouldBeTrue();
        var stored = await LatestAsync(SlackSandboxDemo.FinanceChannelId);
        stored.GetProperty("text").GetString().ShouldBe("Payout settled");
        stored.GetProperty("source").GetString().ShouldBe("webhook");
        fixture.Host.Calls.Last().Uri.AbsolutePath.ShouldBe("/sandbox/slack/" + SlackSandboxDemo.WebhookPath);
    }

    [Fact]
    public async Task PostWebhook_UnknownWebhook_FailsWithNoService()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(PostWebhook, new { text = "x" }), SlackSandboxFixture.Connection(webhookPath: "services/T0/B0/revoked"), Ct);

        result.Failure!.Code.ShouldBe("slack.no_service");
        result.Failure.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task Test_DemoBotToken_NamesTheWorkspace()
    {
        var result = await fixture.Module.TestAsync(SlackSandboxFixture.Connection(), Ct);

        result.Succeeded.ShouldBeTrue();
        result.Message.ShouldContain(SlackSandboxDemo.TeamName);
    }

    [Fact]
    public async Task Secrets_NeverInToStringOrLogs()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call(PostMessage, new { text = "secret check" }), SlackSandboxFixture.Connection(), Ct);

        SlackConnectionSettings.ToConnection(SlackSandboxFixture.Connection()).ToString().ShouldNotContain(SlackSandboxDemo.BotToken);
        SlackConnectionSettings.ToConnection(SlackSandboxFixture.Connection()).ToString().ShouldNotContain("sandboxdemo0webhook");
        fixture.Host.Logs.Lines.ShouldNotBeEmpty();
        fixture.Host.Logs.Lines.ShouldAllBe(line => !line.Contains(SlackSandboxDemo.BotToken));
    }

    [Fact]
    public void Catalog_Operations_AreActionsWithoutIdempotency()
    {
        fixture.Module.Operations.Select(o => o.Key).ShouldBe([PostMessage, PostWebhook]);
        fixture.Module.Operations.ShouldAllBe(o => o.Idempotency == FlowStudio.Core.Catalog.IdempotencyStrategy.None && o.HasSideEffects);
        fixture.Module.Category.ShouldBe("Messaging");
    }

    private async Task<JsonElement> LatestAsync(string channel)
    {
        var body = await fixture.Host.AdminGetAsync($"/sandbox/slack/_admin/messages?channel={channel}&limit=1");
        return body.GetProperty("messages")[0];
    }
}
