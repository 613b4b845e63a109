using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowStudio.Infrastructure.ApiTokens;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Api;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Api;

public sealed class PersonalAccessTokenApiTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Me_WithValidToken_ReturnsOwnerAndRoles()
    {
        var secret = await CreateTokenAsync("designer@flowstudio.local");
        using var client = ApiClient(secret);

        var me = await client.GetFromJsonAsync<MeResponse>(new Uri("/api/v1/me", UriKind.Relative), Ct);

        me.ShouldNotBeNull();
        me.Email.ShouldBe("designer@flowstudio.local");
        me.Roles.ShouldBe(["Designer"]);
        me.AuthenticatedWith.ShouldBe("PersonalAccessToken");
    }

    [Fact]
    public async Task Me_WithCookie_ReturnsSignedInPerson()
    {
        using var client = app.CreateBrowserClient();
        await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword);

        var me = await client.GetFromJsonAsync<MeResponse>(new Uri("/api/v1/me", UriKind.Relative), Ct);

        me!.Email.ShouldBe(FlowStudioAppFactory.AdminEmail);
        me.AuthenticatedWith.ShouldBe("Identity.Application");
    }

    [Theory]
    [InlineData("fsp_thisisnotavalidtokenatall000000000000")]
    [InlineData("garbage")]
    public async Task Me_WithBadToken_Is401WithBearerChallenge(string secret)
    {
        using var client = ApiClient(secret);

        var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task Me_WithRevokedToken_Is401()
    {
        var secret = await CreateTokenAsync("viewer@flowstudio.local");
        using var client = ApiClient(secret);
        (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("viewer@flowstudio.local"))!;
            var tokens = app.Services.GetRequiredService<PersonalAccessTokens>();
            var token = (await tokens.ListAsync(user.Id, Ct))[0];
            (await tokens.RevokeAsync(user.Id, token.Id, AuditActor.System, Ct)).ShouldBeTrue();
        }

        (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OfViewer_CannotReachAdminEndpoints()
    {
        var secret = await CreateTokenAsync("viewer@flowstudio.local");
        using var client = ApiClient(secret);

        var response = await client.GetAsync(new Uri("/health/detail", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi()
    {
        var secret = await CreateTokenAsync("reviewer@flowstudio.local");
        using var client = ApiClient(secret);

        var document = await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative), Ct);

        document.ShouldContain("\"/api/v1/me\"");
        document.ShouldContain("\"operationId\": \"GetMe\"");
    }

    private HttpClient ApiClient(string secret)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<string> CreateTokenAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
        var created = await app.Services.GetRequiredService<PersonalAccessTokens>()
            .CreateAsync(user.Id, $"test {Guid.NewGuid():N}", null, new AuditActor(user.Id, email, null), Ct);
        return created.Secret;
    }
}
