using System.Net;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

public sealed class AuthTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Token_RefreshGrant_ReturnsBearerTokenWithSandboxApiDomain()
    {
        var token = await sandbox.Api.RefreshAsync();

        token["access_token"]!.GetValue<string>().ShouldStartWith("1000.");
        token["token_type"]!.GetValue<string>().ShouldBe("Bearer");
        token["expires_in"]!.GetValue<int>().ShouldBe(3600);
        token["api_domain"]!.GetValue<string>().ShouldEndWith("/sandbox/zoho");
        token["refresh_token"].ShouldBeNull();
    }

    [Fact]
    public async Task Token_WrongClientSecret_ReturnsZohoErrorWithoutToken()
    {
        var token = await sandbox.Api.RefreshAsync(clientSecret: "wrong");

        token["error"]!.GetValue<string>().ShouldBe("invalid_client_secret");
        token["access_token"].ShouldBeNull();
    }

    [Fact]
    public async Task Api_MissingToken_Returns401WithCode57()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ZohoSandboxDemo.BooksPath}/invoices?organization_id={ZohoSandboxDemo.OrganizationId}", UriKind.Relative));
        using var response = await sandbox.Api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        body["code"]!.GetValue<int>().ShouldBe(57);
    }

    [Fact]
    public async Task Api_UnknownToken_Returns401WithCode57()
    {
        var response = await sandbox.Api.SendAsync(HttpMethod.Get, "invoices", string.Empty, null, token: "1000.not.issued");

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Code.ShouldBe(57);
    }

    [Fact]
    public async Task Api_ExpiredToken_Returns401UntilRefreshed()
    {
        var token = (await sandbox.Api.RefreshAsync())["access_token"]!.GetValue<string>();
        (await sandbox.Api.SendAsync(HttpMethod.Get, "settings/taxes", string.Empty, null, token)).Status.ShouldBe(HttpStatusCode.OK);

        sandbox.Clock.Advance(TimeSpan.FromMinutes(61));
        var expired = await sandbox.Api.SendAsync(HttpMethod.Get, "settings/taxes", string.Empty, null, token);
        var fresh = (await sandbox.Api.RefreshAsync())["access_token"]!.GetValue<string>();
        var retried = await sandbox.Api.SendAsync(HttpMethod.Get, "settings/taxes", string.Empty, null, fresh);

        expired.Status.ShouldBe(HttpStatusCode.Unauthorized);
        expired.Code.ShouldBe(57);
        retried.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Api_BearerScheme_IsRejected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ZohoSandboxDemo.BooksPath}/invoices?organization_id={ZohoSandboxDemo.OrganizationId}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + await sandbox.Api.AccessTokenAsync());
        using var response = await sandbox.Api.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_MissingOrganizationId_Returns400NamingTheParameter()
    {
        sandbox.Api.ForgetToken();
        var response = await sandbox.Api.SendAsync(HttpMethod.Get, "invoices", string.Empty, null, withOrganization: false);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Code.ShouldBe(2);
        response.Message.ShouldContain("organization_id");
    }

    [Fact]
    public async Task Organizations_WithoutOrganizationId_ListsTheDemoOrganisation()
    {
        sandbox.Api.ForgetToken();
        var response = await sandbox.Api.SendAsync(HttpMethod.Get, "organizations", string.Empty, null, withOrganization: false);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response["organizations"][0]!["organization_id"]!.GetValue<string>().ShouldBe(ZohoSandboxDemo.OrganizationId);
    }

    [Fact]
    public async Task Admin_WithoutAdminPolicy_IsRejected()
    {
        var anonymous = await sandbox.Api.AdminAsync(HttpMethod.Get, "credentials", asAdmin: false);
        var admin = await sandbox.Api.AdminAsync(HttpMethod.Get, "credentials");

        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized);
        admin.Status.ShouldBe(HttpStatusCode.OK);
        admin.Body["client_id"]!.GetValue<string>().ShouldBe(ZohoSandboxDemo.ClientId);
        admin.Body["refresh_token"]!.GetValue<string>().ShouldBe(ZohoSandboxDemo.RefreshToken);
    }
}
