using System.Text.RegularExpressions;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed partial class SecretHandlingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_AfterRefreshRetryAndErrors_HoldNoSecretOrToken()
    {
        await using var sandbox = await SandboxServer.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(10));
        await using var harness = new ZohoClientHarness(sandbox, clock: new TestClock());

        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        await sandbox.SetFaultsAsync(new { fail_next_requests = 1 });
        await Should.ThrowAsync<Exception>(() => harness.Client.GetInvoiceAsync("424242", Ct));
        var bad = ZohoClientHarness.SandboxConnection();
        bad.ClientSecret = "another-secret-value-987";
        await Should.ThrowAsync<Exception>(() => harness.Factory.Create(bad).ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        var log = string.Join('\n', harness.Logs.Lines);
        log.ShouldNotBeEmpty();
        log.ShouldContain("Refreshed the Zoho Books access token");
        log.ShouldNotContain(ZohoSandboxDemo.ClientSecret);
        log.ShouldNotContain(ZohoSandboxDemo.RefreshToken);
        log.ShouldNotContain("another-secret-value-987");
        AccessToken().IsMatch(log).ShouldBeFalse();
        foreach (var token in harness.ApiCalls.Select(c => c.Authorization.Replace("Zoho-oauthtoken ", string.Empty, StringComparison.Ordinal)).Distinct())
        {
            log.ShouldNotContain(token);
        }
    }

    [Fact]
    public void ToString_OfConnectionAndOptions_MasksSecrets()
    {
        var options = new ZohoBooksOptions { Connection = ZohoClientHarness.SandboxConnection() };

        var text = options.ToString() + options.Connection;

        text.ShouldNotContain(ZohoSandboxDemo.ClientSecret);
        text.ShouldNotContain(ZohoSandboxDemo.RefreshToken);
        text.ShouldNotContain(ZohoSandboxDemo.ClientId);
        text.ShouldContain(ZohoSandboxDemo.OrganizationId);
    }

    [GeneratedRegex(@"1000\.[0-9a-f]{32}\.[0-9a-f]{32}")]
    private static partial Regex AccessToken();
}
