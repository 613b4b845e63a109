using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Gmail;
using FlowStudio.Sandbox.Gmail.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Connectors.Tests.Gmail;

public sealed class GmailOperationTests(GmailSandboxFixture fixture) : IClassFixture<GmailSandboxFixture>
{
    private const string Send = "gmail.messages.send";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GmailMailbox Mailbox => fixture.Host.SandboxServices.GetRequiredService<GmailMailbox>();

    [Fact]
    public async Task Send_TextAndHtml_StoresAParsedRfc2822MessageInTheSandboxMailbox()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(
                Send,
                new
                {
                    to = "\"Ann Li\" <ann@customer.example>, ap@customer.example",
                    cc = "controller@flowstudio-demo.example",
                    subject = "Rechnung INV-000123 — fällig am 10.02.",
                    text = "Hello Ann,\nyour invoice INV-000123 over EUR 1,500.00 is attached.",
                    html = "<p>Hello Ann,</p><p>your invoice <b>INV-000123</b> over EUR 1,500.00 is attached.</p>",
                },
                idempotencyKey: "run-a:send:0"),
            GmailSandboxFixture.Connection(),
            Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        output.GetProperty("already_sent").GetBoolean().ShouldBeFalse();
        output.GetProperty("label_ids")[0].GetString().ShouldBe("SENT");
        var stored = (await Mailbox.GetAsync(output.GetProperty("id").GetString()!, Ct))!;
        stored.ThreadId.ShouldBe(output.GetProperty("thread_id").GetString());
        stored.MessageIdHeader.ShouldBe(output.GetProperty("message_id").GetString());
        stored.Subject.ShouldBe("Rechnung INV-000123 — fällig am 10.02.");
        stored.From.ShouldContain(GmailSandboxDemo.EmailAddress);
        stored.From.ShouldContain("Démo Finance");
        stored.To.ShouldContain("ann@customer.example");
        stored.Cc.ShouldBe("controller@flowstudio-demo.example");
        stored.TextBody!.ShouldContain("EUR 1,500.00 is attached.");
        stored.HtmlBody.ShouldBe("<p>Hello Ann,</p><p>your invoice <b>INV-000123</b> over EUR 1,500.00 is attached.</p>");
        stored.Raw.ShouldContain("Content-Type: multipart/alternative");
    }

    [Fact]
    public async Task Send_SameIdempotencyKeyTwice_SendsOnceAndReportsTheRepeat()
    {
        var input = new { to = "once@customer.example", subject = "Reminder", text = "Only once, please." };

        var first = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, input, "run-b:send:0"), GmailSandboxFixture.Connection(), Ct);
        var second = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, input, "run-b:send:0"), GmailSandboxFixture.Connection(), Ct);

        second.Output!.Value.GetProperty("already_sent").GetBoolean().ShouldBeTrue();
        second.Output!.Value.GetProperty("id").GetString().ShouldBe(first.Output!.Value.GetProperty("id").GetString());
        (await Mailbox.ListAsync("SENT", 500, Ct)).Count(m => m.To == "once@customer.example").ShouldBe(1);
    }

    [Fact]
    public async Task Send_ReplyWithInReplyTo_JoinsTheOriginalThread()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Send, new { to = "ap@northwind-demo.example", subject = "Re: Remittance advice: INV-000102", text = "Thanks, received.", in_reply_to = "<remittance-4411@northwind-demo.example>" }, "run-c:reply:0"),
            GmailSandboxFixture.Connection(),
            Ct);

        result.Output!.Value.GetProperty("thread_id").GetString().ShouldBe("18c0a1b2c3d40001");
    }

    [Theory]
    [InlineData("", "'to' is required")]
    [InlineData("not an address", "'to' is not a valid address list")]
    public async Task Send_BadRecipients_FailsPermanentlyWithoutCallingGmail(string to, string message)
    {
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, new { to, subject = "x", text = "x" }), GmailSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("gmail.invalid_input");
        result.Failure.Message.ShouldContain(message);
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Send_SubjectWithLineBreak_IsRefusedAsHeaderInjection()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Send, new { to = "a@b.example", subject = "Hi\r\nBcc: attacker@evil.example", text = "x" }), GmailSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("gmail.invalid_input");
        result.Failure.Message.ShouldContain("line break");
    }

    [Fact]
    public async Task Send_RevokedRefreshToken_FailsPermanentlyWithInvalidGrant()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Send, new { to = "a@b.example", subject = "x", text = "x" }), GmailSandboxFixture.Connection(refreshToken: "1//revoked"), Ct);

        result.Failure!.Code.ShouldBe("gmail.invalid_grant");
        result.Failure.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task Send_ThrottledWithRetryAfter_RetriesAndSends()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/gmail/_admin/faults", new { throttleNextRequests = 2, retryAfterSeconds = 0 });
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, new { to = "t@b.example", subject = "x", text = "x" }, "run-d:send:0"), GmailSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        fixture.Host.Calls.Skip(before).Count(c => c.Status == HttpStatusCode.TooManyRequests).ShouldBe(2);
    }

    [Fact]
    public async Task Send_ThrottledLongerThanTheClientWaits_FailsTransientWithRetryAfter()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/gmail/_admin/faults", new { throttleNextRequests = 1, retryAfterSeconds = 300 });
        try
        {
            var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, new { to = "t@b.example", subject = "x", text = "x" }, "run-e:send:0"), GmailSandboxFixture.Connection(), Ct);

            result.Failure!.IsTransient.ShouldBeTrue();
            result.Failure.Code.ShouldBe("gmail.rateLimitExceeded");
            result.Failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(300));
        }
        finally
        {
            await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/gmail/_admin/faults", new { });
        }
    }

    [Fact]
    public async Task Test_DemoAccount_NamesTheAddress()
    {
        var result = await fixture.Module.TestAsync(GmailSandboxFixture.Connection(), Ct);

        result.Succeeded.ShouldBeTrue();
        result.Message.ShouldContain(GmailSandboxDemo.EmailAddress);
    }

    [Fact]
    public async Task Secrets_NeverInToStringOrLogs()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call(Send, new { to = "s@b.example", subject = "x", text = "x" }, "run-f:send:0"), GmailSandboxFixture.Connection(), Ct);

        var text = FlowStudio.Connectors.Gmail.GmailConnectionSettings.ToConnection(GmailSandboxFixture.Connection()).ToString();
        text.ShouldNotContain(GmailSandboxDemo.ClientSecret);
        text.ShouldNotContain(GmailSandboxDemo.RefreshToken);
        fixture.Host.Logs.Lines.ShouldAllBe(l => !l.Contains("ya29.") && !l.Contains(GmailSandboxDemo.RefreshToken));
    }

    [Fact]
    public async Task SandboxList_Rfc822MsgIdQuery_FindsOnlyThatMessage()
    {
        var sent = await fixture.Module.InvokeAsync(SandboxHost.Call(Send, new { to = "q@b.example", subject = "x", text = "x" }, "run-g:send:0"), GmailSandboxFixture.Connection(), Ct);
        var messageId = sent.Output!.Value.GetProperty("message_id").GetString()!.Trim('<', '>');

        var admin = await fixture.Host.AdminGetAsync("/sandbox/gmail/_admin/messages?label=SENT");

        admin.EnumerateArray().Count(m => m.GetProperty("messageIdHeader").GetString() == $"<{messageId}>").ShouldBe(1);
        JsonSerializer.Serialize(admin).ShouldNotContain("ya29.");
    }
}
