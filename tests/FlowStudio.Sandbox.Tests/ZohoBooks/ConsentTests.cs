using System.Collections.Specialized;
using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using FlowStudio.Sandbox.ZohoBooks;
using FlowStudio.Sandbox.ZohoBooks.Auth;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

/// <summary>The authorization-code round trip as Zoho runs it: consent page, redirect with code, one exchange.</summary>
public sealed class ConsentTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Redirect = "https://flowstudio.test/connections/zoho/callback";
    private const string Scopes = "ZohoBooks.settings.READ,ZohoBooks.invoices.ALL";

    [Fact]
    public async Task ConsentPage_ListsClientAndScopesWithAcceptAndDeny()
    {
        using var response = await sandbox.Api.Http.GetAsync(AuthorizeUri(), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain(ZohoSandboxDemo.ClientId);
        html.ShouldContain("<code>ZohoBooks.settings.READ</code>");
        html.ShouldContain("<code>ZohoBooks.invoices.ALL</code>");
        html.ShouldContain("value=\"accept\"");
        html.ShouldContain("value=\"deny\"");
    }

    [Theory]
    [InlineData("client_id=1000.UNKNOWN&response_type=code&scope=ZohoBooks.settings.READ&redirect_uri=https%3A%2F%2Fa.test%2Fcb")]
    [InlineData("client_id=" + ZohoSandboxDemo.ClientId + "&response_type=token&scope=ZohoBooks.settings.READ&redirect_uri=https%3A%2F%2Fa.test%2Fcb")]
    [InlineData("client_id=" + ZohoSandboxDemo.ClientId + "&response_type=code&scope=&redirect_uri=https%3A%2F%2Fa.test%2Fcb")]
    [InlineData("client_id=" + ZohoSandboxDemo.ClientId + "&response_type=code&scope=ZohoBooks.settings.READ&redirect_uri=javascript%3Aalert(1)")]
    public async Task ConsentPage_BadRequest_IsRefusedWithoutRedirect(string query)
    {
        using var response = await sandbox.Api.Http.GetAsync(new Uri("/sandbox/zoho-accounts/oauth/v2/auth?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task Accept_RedirectsWithCodeLocationServerAndState_CodeIssuesRefreshTokenThatRefreshes()
    {
        var callback = await DecideAsync("accept", "state-1");
        var exchanged = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = callback["code"]!, ["redirect_uri"] = Redirect });
        var refreshed = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = exchanged["refresh_token"]!.GetValue<string>() });

        callback["state"].ShouldBe("state-1");
        callback["location"].ShouldBe("us");
        callback["accounts-server"].ShouldNotBeNull().ShouldEndWith("/sandbox/zoho-accounts");
        exchanged["access_token"]!.GetValue<string>().ShouldStartWith("1000.");
        exchanged["refresh_token"]!.GetValue<string>().ShouldStartWith("1000.");
        exchanged["api_domain"]!.GetValue<string>().ShouldEndWith("/sandbox/zoho");
        refreshed["access_token"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Deny_RedirectsWithAccessDeniedAndStateAndNoCode()
    {
        var callback = await DecideAsync("deny", "state-2");

        callback["error"].ShouldBe("access_denied");
        callback["state"].ShouldBe("state-2");
        callback["code"].ShouldBeNull();
    }

    [Fact]
    public async Task Code_IsSingleUse()
    {
        var code = (await DecideAsync("accept", "s"))["code"]!;
        var first = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect });
        var second = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect });

        first["refresh_token"].ShouldNotBeNull();
        second["error"]!.GetValue<string>().ShouldBe("invalid_code");
        second["access_token"].ShouldBeNull();
    }

    [Fact]
    public async Task Code_ExpiresAfterTwoMinutes()
    {
        var code = (await DecideAsync("accept", "s"))["code"]!;
        sandbox.Clock.Advance(ZohoTokenService.CodeLifetime + TimeSpan.FromSeconds(1));

        var late = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect });

        late["error"]!.GetValue<string>().ShouldBe("invalid_code");
    }

    [Fact]
    public async Task Code_WithOtherOrMissingRedirectUri_IsRefusedAndStaysUsable()
    {
        var code = (await DecideAsync("accept", "s"))["code"]!;
        var other = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = "https://evil.test/cb" });
        var missing = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code });
        var right = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect });

        other["error"]!.GetValue<string>().ShouldBe("invalid_redirect_uri");
        missing["error"]!.GetValue<string>().ShouldBe("invalid_redirect_uri");
        right["refresh_token"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Code_WithWrongClientSecret_IsRefused()
    {
        var code = (await DecideAsync("accept", "s"))["code"]!;

        var wrong = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect }, "wrong-secret");

        wrong["error"]!.GetValue<string>().ShouldBe("invalid_client_secret");
        wrong["refresh_token"].ShouldBeNull();
    }

    private static Uri AuthorizeUri() => new(
        $"/sandbox/zoho-accounts/oauth/v2/auth?scope={Uri.EscapeDataString(Scopes)}&client_id={ZohoSandboxDemo.ClientId}&response_type=code"
        + $"&redirect_uri={Uri.EscapeDataString(Redirect)}&access_type=offline&prompt=consent&state=abc",
        UriKind.Relative);

    /// <summary>Posts the consent form as the page would and returns the callback's query.</summary>
    private async Task<NameValueCollection> DecideAsync(string decision, string state)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = ZohoSandboxDemo.ClientId, ["redirect_uri"] = Redirect, ["scope"] = Scopes, ["state"] = state, ["decision"] = decision,
        });
        using var response = await sandbox.Api.Http.PostAsync(new Uri("/sandbox/zoho-accounts/oauth/v2/auth", UriKind.Relative), form, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(Redirect);
        return HttpUtility.ParseQueryString(location.Query);
    }

    private async Task<JsonNode> TokenAsync(Dictionary<string, string> fields, string clientSecret = ZohoSandboxDemo.ClientSecret)
    {
        fields["client_id"] = ZohoSandboxDemo.ClientId;
        fields["client_secret"] = clientSecret;
        using var form = new FormUrlEncodedContent(fields);
        using var response = await sandbox.Api.Http.PostAsync(new Uri("/sandbox/zoho-accounts/oauth/v2/token", UriKind.Relative), form, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }
}
