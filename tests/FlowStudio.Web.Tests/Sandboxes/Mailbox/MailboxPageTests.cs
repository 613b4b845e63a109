using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FlowStudio.Sandbox.Gmail;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Sandboxes.Mailbox;

/// <summary>The Gmail sandbox mounted in the app, and the admin's mailbox pages showing what was sent through it.</summary>
public sealed class MailboxPageTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MailboxPages_MessageSentThroughTheMountedSandbox_ListedAndOpenedWithHeadersAndBody()
    {
        using var api = app.CreateClient();
        var id = await SendAsync(api, "Statement for January <2025>", "Your balance is USD 1,234.50.");
        using var admin = await AdminAsync();

        var list = await admin.GetStringAsync(new Uri("/sandboxes/mailbox?label=SENT", UriKind.Relative), Ct);
        var detail = await admin.GetStringAsync(new Uri($"/sandboxes/mailbox/{id}", UriKind.Relative), Ct);

        list.ShouldContain("Statement for January &lt;2025&gt;");
        list.ShouldContain($"/sandboxes/mailbox/{id}");
        list.ShouldNotContain("Remittance advice");
        detail.ShouldContain("data-testid=\"mailbox-message-headers\"");
        detail.ShouldContain("customer@example.com");
        detail.ShouldContain("Message-ID");
        detail.ShouldContain("Your balance is USD 1,234.50.");
    }

    [Fact]
    public async Task MailboxPage_Inbox_ShowsTheSeededDemoMessages()
    {
        using var admin = await AdminAsync();

        var inbox = await admin.GetStringAsync(new Uri("/sandboxes/mailbox?label=INBOX", UriKind.Relative), Ct);

        inbox.ShouldContain("Remittance advice: INV-000102");
        inbox.ShouldContain("Updated W-9 and bank details");
    }

    [Fact]
    public async Task MailboxMessagePage_UnknownId_SaysNotFound()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetStringAsync(new Uri("/sandboxes/mailbox/0000000000000000", UriKind.Relative), Ct);

        page.ShouldContain("data-testid=\"mailbox-message-missing\"");
    }

    [Fact]
    public async Task GmailSandbox_WithoutBearerToken_AnswersGooglesUnauthenticatedEnvelope()
    {
        using var api = app.CreateClient();

        var response = await api.GetAsync(new Uri("/sandbox/gmail/gmail/v1/users/me/profile", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("\"status\":\"UNAUTHENTICATED\"");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>What any Gmail client does: refresh-token grant, then users.messages.send with a base64url RFC 2822 message.</summary>
    private static async Task<string> SendAsync(HttpClient api, string subject, string body)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = GmailSandboxDemo.ClientId,
            ["client_secret"] = GmailSandboxDemo.ClientSecret,
            ["refresh_token"] = GmailSandboxDemo.RefreshToken,
        });
        using var tokenResponse = await api.PostAsync(new Uri(GmailSandboxDemo.TokenPath, UriKind.Relative), form, Ct);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString();
        var raw = $"From: {GmailSandboxDemo.EmailAddress}\r\nTo: customer@example.com\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
            + $"Content-Type: text/plain; charset=UTF-8\r\n\r\n{body}\r\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(GmailSandboxDemo.ApiPath + "/users/me/messages/send", UriKind.Relative))
        {
            Content = JsonContent.Create(new { raw = Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_') }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var sent = await api.SendAsync(request, Ct);
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }
}
