using System.Net;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Account;

public sealed class SignInTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    [Fact]
    public async Task Login_Anonymous_ShowsSignInForm()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("Sign in");
        html.ShouldContain("name=\"Input.Email\"");
        html.ShouldContain("name=\"Input.Password\"");
    }

    [Fact]
    public async Task SignIn_CorrectPassword_RedirectsHomeAndRecordsAudit()
    {
        using var client = app.CreateBrowserClient();

        var response = await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/");
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeTrue();
        cookies.ShouldContain(c => c.StartsWith("FlowStudio.Auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        var home = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Welcome, Administrator");

        var audit = await SearchAuditAsync(AuditActions.SignInSucceeded, FlowStudioAppFactory.AdminEmail);
        audit.ShouldContain(e => e.ActorName == FlowStudioAppFactory.AdminEmail && e.ActorId != null);
    }

    [Fact]
    public async Task SignIn_ReturnUrl_RedirectsToLocalPageOnly()
    {
        using var client = app.CreateBrowserClient();

        var local = await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword, "/admin/audit");

        local.Headers.Location!.AbsolutePath.ShouldBe("/admin/audit");
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public void LocalRedirect_ForeignUrl_FallsBackToHome(string returnUrl) =>
        Web.Account.LocalRedirect.Sanitize(returnUrl).ShouldBe("/");

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndRecordsFailure()
    {
        using var client = app.CreateBrowserClient();

        var response = await BrowserSession.SignInAsync(client, "designer@flowstudio.local", "not-the-password");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The email or password is incorrect.");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var audit = await SearchAuditAsync(AuditActions.SignInFailed, "designer@flowstudio.local");
        audit.ShouldContain(e => e.Summary.Contains("wrong password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_FailsWithSameMessageAndIsAudited()
    {
        using var client = app.CreateBrowserClient();

        var response = await BrowserSession.SignInAsync(client, "nobody@flowstudio.local", "Whatever-Password-1");

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The email or password is incorrect.");
        var audit = await SearchAuditAsync(AuditActions.SignInFailed, "nobody@flowstudio.local");
        audit.ShouldContain(e => e.ActorId == null && e.Summary.Contains("no such user", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsValidationMessages()
    {
        using var client = app.CreateBrowserClient();

        var response = await BrowserSession.SignInAsync(client, "", "");

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("Enter your email.");
        html.ShouldContain("Enter your password.");
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = app.CreateBrowserClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = FlowStudioAppFactory.AdminEmail,
            ["Input.Password"] = FlowStudioAppFactory.AdminPassword,
        });

        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Logout_SignedIn_EndsSessionAndRecordsAudit()
    {
        using var client = app.CreateBrowserClient();
        await BrowserSession.SignInAsync(client, "viewer@flowstudio.local", DemoUsers.All.Single(u => u.Email == "viewer@flowstudio.local").Password);
        var token = await BrowserSession.AntiforgeryTokenFromAsync(client, "/");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "",
        });

        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/login");
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SearchAuditAsync(AuditActions.SignedOut, "viewer@flowstudio.local")).ShouldNotBeEmpty();
    }

    private async Task<IReadOnlyList<AuditEntry>> SearchAuditAsync(string action, string actor)
    {
        var audit = app.Services.GetRequiredService<AuditLog>();
        return (await audit.SearchAsync(new AuditQuery(Action: action, Actor: actor), TestContext.Current.CancellationToken)).Items;
    }
}
