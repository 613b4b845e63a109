using FlowStudio.Connectors.ZohoBooks;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

/// <summary>Zoho's data centres plus configured ones; the allow-list for the accounts-server a consent returns.</summary>
public sealed class DataCenterCatalogTests
{
    private static readonly Uri App = new("http://127.0.0.1:5123/");

    private static ZohoDataCenterCatalog WithSandbox()
    {
        var options = new ZohoBooksOptions();
        options.DataCenters["sandbox"] = new ZohoDataCenterOptions { DisplayName = "Sandbox", AccountsUrl = "sandbox/zoho-accounts/", ApiDomain = "sandbox/zoho/" };
        return new ZohoDataCenterCatalog(Options.Create(options));
    }

    [Fact]
    public void ConfiguredDataCenter_IsListedAfterZohosAndResolvedAgainstTheAppAddress()
    {
        var catalog = WithSandbox();

        catalog.Keys[^1].ShouldBe("sandbox");
        catalog.Keys.ShouldContain("eu");
        catalog.DisplayName("sandbox").ShouldBe("Sandbox");
        catalog.AccountsUrl("sandbox", App).ShouldBe(new Uri("http://127.0.0.1:5123/sandbox/zoho-accounts/"));
        catalog.ApiDomain("sandbox", App).ShouldBe(new Uri("http://127.0.0.1:5123/sandbox/zoho/"));
        catalog.AccountsUrl("sandbox", null).ShouldBeNull();
        catalog.AccountsUrl("eu", null).ShouldBe(new Uri("https://accounts.zoho.eu"));
    }

    [Theory]
    [InlineData("https://accounts.zoho.eu", "eu")]
    [InlineData("https://accounts.zoho.eu/", "eu")]
    [InlineData("https://accounts.zohocloud.ca", "ca")]
    [InlineData("http://127.0.0.1:5123/sandbox/zoho-accounts", "sandbox")]
    [InlineData("https://accounts.zoho.eu.evil.test", null)]
    [InlineData("http://accounts.zoho.eu", null)]
    [InlineData("http://127.0.0.1:5123/elsewhere", null)]
    [InlineData("not a url", null)]
    public void KeyOfAccountsServer_AcceptsOnlyCataloguedServers(string server, string? expected) =>
        WithSandbox().KeyOfAccountsServer(server, App).ShouldBe(expected);

    [Fact]
    public void Apply_PointsAConnectionOnAConfiguredDataCenterAtItsServers()
    {
        var connection = new ZohoBooksConnection { DataCenter = "sandbox", ClientId = "c", ClientSecret = "s", RefreshToken = "r", OrganizationId = "1" };
        var real = new ZohoBooksConnection { DataCenter = "eu" };

        WithSandbox().Apply(connection, App);
        WithSandbox().Apply(real, App);

        connection.ResolveAccountsUrl().ShouldBe(new Uri("http://127.0.0.1:5123/sandbox/zoho-accounts/"));
        connection.ApiDomain.ShouldBe(new Uri("http://127.0.0.1:5123/sandbox/zoho/"));
        Should.NotThrow(connection.Validate);
        real.AccountsUrl.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => WithSandbox().Apply(new ZohoBooksConnection { DataCenter = "sandbox" }, null));
    }

    [Fact]
    public void Configuration_ReusingAZohoKeyOrMissingAUrl_IsRefused()
    {
        var clash = new ZohoBooksOptions();
        clash.DataCenters["eu"] = new ZohoDataCenterOptions { AccountsUrl = "https://a.test", ApiDomain = "https://b.test" };
        var missing = new ZohoBooksOptions();
        missing.DataCenters["x"] = new ZohoDataCenterOptions { AccountsUrl = "https://a.test" };

        Should.Throw<InvalidOperationException>(() => new ZohoDataCenterCatalog(Options.Create(clash))).Message.ShouldContain("'eu'");
        Should.Throw<InvalidOperationException>(() => new ZohoDataCenterCatalog(Options.Create(missing))).Message.ShouldContain("DataCenters:x");
    }
}
