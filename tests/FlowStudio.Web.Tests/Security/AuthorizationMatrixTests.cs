using System.Net;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Security;

/// <summary>
/// Each role × each page and endpoint → allowed or denied, written out by hand so a policy change
/// has to change this table too.
/// </summary>
public sealed class AuthorizationMatrixTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private const string Anonymous = "Anonymous";

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        void Row(string path, bool admin, bool designer, bool reviewer, bool viewer, bool anonymous)
        {
            data.Add(Roles.Admin, path, admin);
            data.Add(Roles.Designer, path, designer);
            data.Add(Roles.Reviewer, path, reviewer);
            data.Add(Roles.Viewer, path, viewer);
            data.Add(Anonymous, path, anonymous);
        }

        //   path                        Admin  Designer Reviewer Viewer Anonymous
        Row("/",                         true,  true,    true,    true,  false);
        Row("/flows",                    true,  true,    true,    true,  false);
        Row("/api/v1/flows",             true,  true,    true,    true,  false);
        Row("/runs",                     true,  true,    true,    true,  false);
        Row("/api/v1/runs",              true,  true,    true,    true,  false);
        Row("/triggers",                 true,  true,    true,    true,  false);
        Row("/triggers?tab=polls",       true,  true,    true,    true,  false);
        Row("/approvals",                true,  false,   true,    false, false);
        Row("/api/v1/approvals",         true,  false,   true,    false, false);
        Row("/connections",              true,  true,    false,   false, false);
        Row("/api/v1/connections",       true,  true,    false,   false, false);
        Row("/lookups",                  true,  true,    true,    true,  false);
        Row("/admin/users",              true,  false,   false,   false, false);
        Row("/admin/audit",              true,  false,   false,   false, false);
        Row("/admin/inbox",              true,  false,   false,   false, false);
        Row("/admin/audit/export",       true,  false,   false,   false, false);
        Row("/admin/sandboxes",          true,  false,   false,   false, false);
        Row("/account/access-denied",    true,  true,    true,    true,  false);
        Row("/account/tokens",           true,  true,    true,    true,  false);
        Row("/api/v1/me",                true,  true,    true,    true,  false);
        Row("/api/v1/openapi.json",      true,  true,    true,    true,  false);
        Row("/account/login",            true,  true,    true,    true,  true);
        Row("/health",                   true,  true,    true,    true,  true);
        Row("/health/detail",            true,  false,   false,   false, false);
        Row("/sandbox/zoho/_admin/faults", true, false,  false,   false, false);
        Row("/sandbox/slack/_admin/faults", true, false, false,   false, false);
        Row("/sandbox/gmail/_admin/faults", true, false, false,   false, false);
        Row("/sandboxes/mailbox",        true,  false,   false,   false, false);
        Row("/sandboxes/mailbox/18c0a1b2c3d40001", true, false, false, false, false);
        Row("/sandbox/stripe/_admin/faults", true, false, false,  false, false);
        Row("/sandbox/shopify/_admin/faults", true, false, false, false, false);
        Row("/sandbox/hubspot/_admin/faults", true, false, false, false, false);
        Row("/sandbox/ramp/_admin/faults", true, false,  false,   false, false);
        Row("/sandbox/sheets/_admin/faults", true, false, false,   false, false);
        Row("/sandbox/salesforce/_admin/faults", true, false, false, false, false);
        Row("/sandbox/coupa/_admin/faults", true, false,  false,   false, false);
        Row("/sandboxes/sheets",         true,  false,   false,   false, false);
        Row("/sandboxes/sheets/1FsSandboxLedger0000000000000000000000000000", true, false, false, false, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_RoleAndPath_AllowedOrDenied(string role, string path, bool allowed)
    {
        using var client = await ClientForAsync(role);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        if (allowed)
        {
            // A signed-in person opening the sign-in page is sent on to the app, which is also "allowed".
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, path == "/account/login" ? HttpStatusCode.Redirect : HttpStatusCode.OK);
            return;
        }

        if (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/sandbox/", StringComparison.Ordinal)
            || path.StartsWith("/api", StringComparison.Ordinal))
        {
            response.StatusCode.ShouldBe(role == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe(role == Anonymous ? "/account/login" : "/account/access-denied");
        }
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Viewer)]
    public async Task PostLogout_AnyRole_IsAllowed(string role)
    {
        using var client = await ClientForAsync(role);
        var token = await BrowserSession.AntiforgeryTokenFromAsync(client, "/");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/login");
    }

    [Fact]
    public async Task PostLogout_Anonymous_IsSentToSignIn()
    {
        using var client = app.CreateBrowserClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());

        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task SandboxApi_WithoutZohoToken_IsRefusedByTheSandboxItself()
    {
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(new Uri("/sandbox/zoho/books/v3/organizations", UriKind.Relative), TestContext.Current.CancellationToken);

        // The app lets the call through (it imitates an external API); the sandbox answers like Zoho does.
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"code\":57");
    }

    [Fact]
    public async Task AnonymousHealth_ShowsStatusOnly()
    {
        using var client = app.CreateBrowserClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        body.ShouldBe("{\"status\":\"Healthy\"}");
    }

    [Fact]
    public async Task AdminHealthDetail_IncludesDatabaseCheck()
    {
        using var client = await ClientForAsync(Roles.Admin);

        var body = await client.GetStringAsync(new Uri("/health/detail", UriKind.Relative), TestContext.Current.CancellationToken);

        body.ShouldContain("\"name\":\"database\"");
        body.ShouldContain("\"status\":\"Healthy\"");
    }

    private async Task<HttpClient> ClientForAsync(string role)
    {
        var client = app.CreateBrowserClient();
        if (role == Anonymous)
        {
            return client;
        }

        var (email, password) = role == Roles.Admin
            ? (FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword)
            : DemoUsers.All.Where(u => u.Role == role).Select(u => (u.Email, u.Password)).Single();
        var response = await BrowserSession.SignInAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{role} signs in");
        return client;
    }
}
