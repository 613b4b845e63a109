using System.Net;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Errors;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

/// <summary>Token caching, refresh before expiry, single-flight refresh and the one retry after a 401.</summary>
public sealed class TokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_WithinTokenLifetime_ReuseOneTokenWithZohoHeaderAndOrganization()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var harness = new ZohoClientHarness(sandbox);

        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        await harness.Client.ListItemsAsync(Ct).ToListAsync(Ct);

        harness.TokenRequests.ShouldBe(1);
        harness.ApiCalls.ShouldAllBe(c => c.Authorization.StartsWith("Zoho-oauthtoken 1000.", StringComparison.Ordinal));
        harness.ApiCalls.ShouldAllBe(c => c.Uri.Query.Contains("organization_id=" + Sandbox.ZohoBooks.ZohoSandboxDemo.OrganizationId, StringComparison.Ordinal));
        harness.ApiCalls.ShouldAllBe(c => c.Uri.AbsolutePath.StartsWith("/sandbox/zoho/books/v3/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_NearTokenExpiry_RefreshesBeforeTheTokenLapses()
    {
        await using var sandbox = await SandboxServer.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(10));
        await using var harness = new ZohoClientHarness(sandbox, o => o.TokenRefreshMargin = TimeSpan.FromMinutes(2), sandbox.Clock);

        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(7));
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(2));
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        harness.TokenRequests.ShouldBe(2);
        harness.ApiCalls.ShouldAllBe(c => c.Status == HttpStatusCode.OK);
        harness.ApiCalls.Select(c => c.Authorization).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task Call_WithTokenTheServerExpired_RefreshesOnceAndRetries()
    {
        await using var sandbox = await SandboxServer.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(10));
        var clientClock = new TestClock();
        await using var harness = new ZohoClientHarness(sandbox, clock: clientClock);

        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        var taxes = await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        taxes.ShouldNotBeEmpty();
        harness.TokenRequests.ShouldBe(2);
        harness.ApiCalls.Select(c => c.Status).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK]);
    }

    [Fact]
    public async Task ConcurrentCalls_WithNoToken_ShareOneRefresh()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var harness = new ZohoClientHarness(sandbox);
        var client = harness.Client;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetInvoiceAsync("1", Ct).ContinueWith(_ => { }, Ct, TaskContinuationOptions.None, TaskScheduler.Default)));

        harness.TokenRequests.ShouldBe(1);
        harness.ApiCalls.Count.ShouldBe(12);
    }

    [Fact]
    public async Task Refresh_WithWrongSecret_ThrowsAuthenticationWithoutCallingTheApi()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var harness = new ZohoClientHarness(sandbox);
        var connection = ZohoClientHarness.SandboxConnection();
        connection.ClientSecret = "wrong-secret-value-123";

        var error = await Should.ThrowAsync<ZohoBooksAuthenticationException>(() => harness.Factory.Create(connection).ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        error.Message.ShouldContain("invalid_client_secret");
        harness.ApiCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Connection_UnknownDataCentreOrMissingSecret_IsRejectedUpFront()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var harness = new ZohoClientHarness(sandbox);

        Should.Throw<InvalidOperationException>(() => harness.Factory.Create(new ZohoBooksConnection { ClientId = "a", RefreshToken = "b", OrganizationId = "1" }));
        Should.Throw<InvalidOperationException>(() => harness.Factory.Create(new ZohoBooksConnection
        {
            ClientId = "a", ClientSecret = "s", RefreshToken = "b", OrganizationId = "1", DataCenter = "mars",
        }));
        ZohoDataCenters.AccountsUrl("eu").ShouldBe(new Uri("https://accounts.zoho.eu"));
        ZohoDataCenters.ApiDomain("com.au").ShouldBe(new Uri("https://www.zohoapis.com.au"));
        ZohoDataCenters.AccountsUrl("ca").ShouldBe(new Uri("https://accounts.zohocloud.ca"));
    }
}
