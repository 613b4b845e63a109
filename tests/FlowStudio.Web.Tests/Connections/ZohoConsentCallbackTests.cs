using System.Collections.Specialized;
using System.Net;
using System.Net.Http.Json;
using System.Web;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Sandbox.ZohoBooks;
using FlowStudio.Web.Api;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Connections;

/// <summary>
/// "Sign in with Zoho" through the running app: the consent URL, the sandbox's consent page and decision, the
/// callback with the signed-in cookie, the code exchange and organisation list against the sandbox, and the
/// connection made from it passing its test.
/// </summary>
public sealed class ZohoConsentCallbackTests(ZohoConsentAppFactory app) : IClassFixture<ZohoConsentAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoConsentService Consent => app.Services.GetRequiredService<ZohoConsentService>();

    [Fact]
    public async Task Accept_CallbackListsTheOrganisation_ConnectionIsCreatedAuditedAndTests()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var authorize = Begin(actor);

        authorize.GetLeftPart(UriPartial.Path).ShouldBe(ZohoConsentAppFactory.AppBase + "sandbox/zoho-accounts/oauth/v2/auth");
        var query = HttpUtility.ParseQueryString(authorize.Query);
        query["redirect_uri"].ShouldBe(ZohoConsentAppFactory.AppBase + "connections/zoho/callback");
        query["access_type"].ShouldBe("offline");
        query["prompt"].ShouldBe("consent");
        query["scope"]!.Split(',').ShouldContain("ZohoBooks.settings.READ");
        authorize.ToString().ShouldNotContain(ZohoSandboxDemo.ClientSecret);
        query["state"]!.ShouldNotContain(ZohoSandboxDemo.ClientSecret);
        (await client.GetStringAsync(authorize, Ct)).ShouldContain("consent-accept");

        var landing = await CallbackAsync(client, await DecideAsync(client, query, "accept"));

        var pendingId = landing["zohoConsent"].ShouldNotBeNull();
        var consent = Consent.Find(pendingId, actor.Id).ShouldNotBeNull();
        consent.Error.ShouldBeNull();
        consent.DataCenter.ShouldBe("sandbox");
        consent.Organizations.ShouldContain(new KeyValuePair<string, string>(ZohoSandboxDemo.OrganizationId, ZohoSandboxDemo.OrganizationName));

        var created = await Consent.CreateConnectionAsync(pendingId, new NewConnection(
            "Zoho via consent", "zoho-books",
            new Dictionary<string, string> { [ZohoBooksConnectionSettings.OrganizationId] = ZohoSandboxDemo.OrganizationId },
            new Dictionary<string, string>()), actor, Ct);

        created.Succeeded.ShouldBeTrue(created.Message);
        var connection = created.Connection!;
        connection.IsSandbox.ShouldBeFalse();
        connection.Settings[ZohoBooksConnectionSettings.DataCenter].ShouldBe("sandbox");
        connection.SecretKeys.ShouldBe([ZohoBooksConnectionSettings.ClientSecret, ZohoBooksConnectionSettings.RefreshToken], ignoreOrder: true);
        Consent.Find(pendingId, actor.Id).ShouldBeNull();
        var test = await app.Services.GetRequiredService<ConnectionTester>().TestAsync(connection.Id, actor, Ct);
        test.Connection!.LastTest!.Succeeded.ShouldBeTrue(test.Connection.LastTest.Message);
        test.Connection.LastTest.Message.ShouldContain(ZohoSandboxDemo.OrganizationName);
        var audit = await app.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Text: "Zoho via consent"), Ct);
        audit.Items.ShouldContain(e => e.Action == Core.Auditing.AuditActions.ConnectionCreated);
    }

    [Fact]
    public async Task Deny_ReturnsToConnectionsWithTheDenialAndNoRefreshToken()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var query = HttpUtility.ParseQueryString(Begin(actor).Query);

        var landing = await CallbackAsync(client, await DecideAsync(client, query, "deny"));

        var consent = Consent.Find(landing["zohoConsent"], actor.Id).ShouldNotBeNull();
        consent.IsCompleted.ShouldBeFalse();
        consent.RefreshToken.ShouldBeNull();
        consent.Error.ShouldNotBeNull().ShouldContain("denied");
    }

    [Fact]
    public async Task TamperedState_IsRefusedWithoutExchanging()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var query = HttpUtility.ParseQueryString(Begin(actor).Query);
        var callback = await DecideAsync(client, query, "accept");

        var tampered = new Uri(callback.ToString().Replace("state=", "state=x", StringComparison.Ordinal));
        var landing = await CallbackAsync(client, tampered);

        landing["zohoConsent"].ShouldBeNull();
        landing["zohoConsentProblem"].ShouldBe(nameof(ZohoConsentProblem.InvalidState));
    }

    [Fact]
    public async Task StateOfAnotherUser_IsRefused()
    {
        var (designer, designerActor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var (admin, _) = await SignedInAsync(FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);
        var callback = await DecideAsync(designer, HttpUtility.ParseQueryString(Begin(designerActor).Query), "accept");

        var landing = await CallbackAsync(admin, callback);

        landing["zohoConsentProblem"].ShouldBe(nameof(ZohoConsentProblem.OtherUser));
    }

    [Fact]
    public async Task UnknownAccountsServer_IsNeverCalled()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var callback = await DecideAsync(client, HttpUtility.ParseQueryString(Begin(actor).Query), "accept");
        var evil = new Uri(callback.ToString().Replace(
            "accounts-server=" + Uri.EscapeDataString(ZohoConsentAppFactory.AppBase + "sandbox/zoho-accounts"),
            "accounts-server=" + Uri.EscapeDataString("https://accounts.evil.test"), StringComparison.OrdinalIgnoreCase));
        evil.ShouldNotBe(callback);

        var landing = await CallbackAsync(client, evil);

        var consent = Consent.Find(landing["zohoConsent"], actor.Id).ShouldNotBeNull();
        consent.IsCompleted.ShouldBeFalse();
        consent.Error.ShouldNotBeNull().ShouldContain("not a known Zoho accounts server");
    }

    [Fact]
    public async Task Callback_Anonymous_IsSentToSignIn()
    {
        using var client = app.CreateBrowserClient();

        using var response = await client.GetAsync(new Uri(ZohoConsentEndpoints.CallbackPath + "?code=x&state=y", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [InlineData("reviewer@flowstudio.local", "Reviewer-Demo-2026")]
    [InlineData("viewer@flowstudio.local", "Viewer-Demo-2026")]
    public async Task Callback_NeitherDesignerNorAdmin_IsDenied(string email, string password)
    {
        var (client, _) = await SignedInAsync(email, password);

        using var response = await client.GetAsync(new Uri(ZohoConsentEndpoints.CallbackPath + "?code=x&state=y", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task FindOrganisations_PastedRefreshToken_ListsTheSandboxOrganisation()
    {
        var lookup = app.Services.GetRequiredService<ZohoOrganizationLookup>();

        var found = await lookup.ListAsync("sandbox", ZohoSandboxDemo.ClientId, ZohoSandboxDemo.ClientSecret, ZohoSandboxDemo.RefreshToken, Ct);
        var refused = await lookup.ListAsync("sandbox", ZohoSandboxDemo.ClientId, "wrong-secret", ZohoSandboxDemo.RefreshToken, Ct);
        var unknown = await lookup.ListAsync("mars", ZohoSandboxDemo.ClientId, ZohoSandboxDemo.ClientSecret, ZohoSandboxDemo.RefreshToken, Ct);

        found.Error.ShouldBeNull();
        found.Organizations.ShouldBe([new KeyValuePair<string, string>(ZohoSandboxDemo.OrganizationId, ZohoSandboxDemo.OrganizationName)]);
        refused.Error.ShouldNotBeNull().ShouldContain("refused");
        unknown.Error.ShouldNotBeNull().ShouldContain("'mars'");
    }

    [Fact]
    public async Task SignInAgain_Accept_ReplacesTheRefreshTokenOnly_BumpsTheRevision_AuditsAndTests()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var connection = await RealConnectionAsync("Zoho stale token", ZohoSandboxDemo.OrganizationId, actor);
        var reconnection = app.Services.GetRequiredService<ZohoReconnection>();

        var start = await reconnection.BeginAsync(actor, connection.Id, newClientSecret: null, new Uri(ZohoConsentAppFactory.AppBase), Ct);
        start.Error.ShouldBeNull();
        var query = HttpUtility.ParseQueryString(start.AuthorizeUrl!.Query);
        query["client_id"].ShouldBe(ZohoSandboxDemo.ClientId);
        start.AuthorizeUrl.ToString().ShouldNotContain(ZohoSandboxDemo.ClientSecret);
        var landing = await CallbackAsync(client, await DecideAsync(client, query, "accept"));
        var result = await reconnection.CompleteAsync(landing["zohoConsent"]!, actor, Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Connection!.Revision.ShouldBe(connection.Revision + 1);
        result.Connection.Settings.ShouldBe(connection.Settings, ignoreOrder: true);
        var resolved = (await app.Services.GetRequiredService<Connectors.Runtime.IConnectionResolver>().ResolveAsync(connection.Id, Ct))!;
        resolved.Secret(ZohoBooksConnectionSettings.RefreshToken).ShouldNotBeNullOrEmpty();
        resolved.Secret(ZohoBooksConnectionSettings.RefreshToken).ShouldNotBe(StaleRefreshToken);
        resolved.Secret(ZohoBooksConnectionSettings.ClientSecret).ShouldBe(ZohoSandboxDemo.ClientSecret);
        var audit = await app.Services.GetRequiredService<AuditLog>().SearchAsync(
            new AuditQuery(Action: Core.Auditing.AuditActions.ConnectionSecretsRotated, Text: "Zoho stale token"), Ct);
        audit.Items.ShouldHaveSingleItem().Summary.ShouldContain(ZohoBooksConnectionSettings.RefreshToken);
        audit.Items[0].Summary.ShouldNotContain(ZohoBooksConnectionSettings.ClientSecret);
        var test = await app.Services.GetRequiredService<ConnectionTester>().TestAsync(connection.Id, actor, Ct);
        test.Connection!.LastTest!.Succeeded.ShouldBeTrue(test.Connection.LastTest.Message);
        Consent.Find(landing["zohoConsent"], actor.Id).ShouldBeNull();
    }

    [Fact]
    public async Task SignInAgain_OrganisationNotReached_IsRefusedAndChangesNothing()
    {
        var (client, actor) = await SignedInAsync("designer@flowstudio.local", "Designer-Demo-2026");
        var connection = await RealConnectionAsync("Zoho other org", "99887766", actor);
        var reconnection = app.Services.GetRequiredService<ZohoReconnection>();

        var start = await reconnection.BeginAsync(actor, connection.Id, ZohoSandboxDemo.ClientSecret, new Uri(ZohoConsentAppFactory.AppBase), Ct);
        var landing = await CallbackAsync(client, await DecideAsync(client, HttpUtility.ParseQueryString(start.AuthorizeUrl!.Query), "accept"));
        var result = await reconnection.CompleteAsync(landing["zohoConsent"]!, actor, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldBe(
            $"Sign in with Zoho again: organisation 99887766 of 'Zoho other org' is not among the organisations this Zoho account reaches ({ZohoSandboxDemo.OrganizationId}); nothing changed. Sign in with an account that can open it.");
        var stored = (await app.Services.GetRequiredService<ConnectionStore>().GetAsync(connection.Id, Ct))!;
        stored.Revision.ShouldBe(connection.Revision);
        stored.SecretsRotatedAt.ShouldBe(connection.SecretsRotatedAt);
        var resolved = (await app.Services.GetRequiredService<Connectors.Runtime.IConnectionResolver>().ResolveAsync(connection.Id, Ct))!;
        resolved.Secret(ZohoBooksConnectionSettings.RefreshToken).ShouldBe(StaleRefreshToken);
    }

    [Fact]
    public async Task SignInAgain_SandboxConnection_IsRefused()
    {
        var (_, actor) = await SignedInAsync(FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);
        var store = app.Services.GetRequiredService<ConnectionStore>();
        var sandbox = (await store.ListAsync(Ct)).FirstOrDefault(c => c.IsSandbox && c.Connector == "zoho-books")
            ?? (await store.CreateSandboxAsync("zoho-books", actor, Ct)).Connection!;

        var start = await app.Services.GetRequiredService<ZohoReconnection>().BeginAsync(actor, sandbox.Id, null, new Uri(ZohoConsentAppFactory.AppBase), Ct);

        start.AuthorizeUrl.ShouldBeNull();
        start.Error.ShouldBe("Sign in with Zoho again: only a real Zoho Books connection can sign in again.");
    }

    private const string StaleRefreshToken = "1000.stale0refresh0token0revoked";

    /// <summary>A real Zoho Books connection on the sandbox data centre whose refresh token no longer works.</summary>
    private async Task<ConnectionDetails> RealConnectionAsync(string name, string organizationId, AuditActor actor)
    {
        var created = await app.Services.GetRequiredService<ConnectionStore>().CreateAsync(new NewConnection(
            $"{name}", "zoho-books",
            new Dictionary<string, string>
            {
                [ZohoBooksConnectionSettings.DataCenter] = "sandbox", [ZohoBooksConnectionSettings.ClientId] = ZohoSandboxDemo.ClientId,
                [ZohoBooksConnectionSettings.OrganizationId] = organizationId,
            },
            new Dictionary<string, string>
            {
                [ZohoBooksConnectionSettings.ClientSecret] = ZohoSandboxDemo.ClientSecret, [ZohoBooksConnectionSettings.RefreshToken] = StaleRefreshToken,
            }), actor, Ct);
        created.Succeeded.ShouldBeTrue(created.Message);
        return created.Connection!;
    }

    private Uri Begin(AuditActor actor)
    {
        var start = Consent.Begin(actor, "sandbox", ZohoSandboxDemo.ClientId, ZohoSandboxDemo.ClientSecret, new Uri(ZohoConsentAppFactory.AppBase));
        start.Error.ShouldBeNull();
        return start.AuthorizeUrl!;
    }

    private async Task<(HttpClient Client, AuditActor Actor)> SignedInAsync(string email, string password)
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var me = (await client.GetFromJsonAsync<MeResponse>(new Uri("/api/v1/me", UriKind.Relative), Ct))!;
        return (client, new AuditActor(me.Id, me.Email, null));
    }

    /// <summary>Submits the sandbox consent form as the browser would; returns where it sends the browser.</summary>
    private static async Task<Uri> DecideAsync(HttpClient client, NameValueCollection authorize, string decision)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = authorize["client_id"]!, ["redirect_uri"] = authorize["redirect_uri"]!, ["scope"] = authorize["scope"]!,
            ["state"] = authorize["state"]!, ["decision"] = decision,
        });
        using var response = await client.PostAsync(new Uri("/sandbox/zoho-accounts/oauth/v2/auth", UriKind.Relative), form, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    /// <summary>Follows Zoho's redirect into FlowStudio's callback; returns the query of the Connections page it lands on.</summary>
    private static async Task<NameValueCollection> CallbackAsync(HttpClient client, Uri callback)
    {
        callback.AbsolutePath.ShouldBe(ZohoConsentEndpoints.CallbackPath);
        using var response = await client.GetAsync(callback, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/connections?");
        return HttpUtility.ParseQueryString(location[location.IndexOf('?', StringComparison.Ordinal)..]);
    }
}
