using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class RateLimiterTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_BeyondThePerMinuteLimitWithNoQueue_FailFastWithoutReachingZoho()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o =>
        {
            o.Connection.RequestsPerMinute = 3;
            o.RateLimitQueueLimit = 0;
        });

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        }

        var error = await Should.ThrowAsync<ZohoBooksRateLimitException>(() => harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        error.HttpStatus.ShouldBeNull();
        harness.ApiCalls.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Limits_ArePerOrganisation()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o =>
        {
            o.Connection.RequestsPerMinute = 1;
            o.RateLimitQueueLimit = 0;
        });
        var otherConnection = ZohoClientHarness.SandboxConnection("777");
        otherConnection.RequestsPerMinute = 1;

        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        var other = await Should.ThrowAsync<ZohoBooksException>(() => harness.Factory.Create(otherConnection).ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        other.Code.ShouldBe(ZohoErrorCodes.OrganizationNotAssociated);
        await Should.ThrowAsync<ZohoBooksRateLimitException>(() => harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());
    }

    [Fact]
    public async Task RaisedLimit_TakesEffectAtOnce_ForTheSameOrganisation()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o =>
        {
            o.Connection.RequestsPerMinute = 1;
            o.RateLimitQueueLimit = 0;
        });
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        await Should.ThrowAsync<ZohoBooksRateLimitException>(() => harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        // The connection's settings were edited to a higher limit: the next call goes through without a restart.
        var edited = ZohoClientHarness.SandboxConnection();
        edited.RequestsPerMinute = 2;
        var taxes = await harness.Factory.Create(edited).ListTaxesAsync(Ct).ToListAsync(Ct);

        taxes.ShouldNotBeEmpty();
        harness.ApiCalls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Calls_BeyondTheLimitWithAQueue_WaitForAPermit()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o =>
        {
            o.Connection.RequestsPerMinute = 2;
            o.RateLimitQueueLimit = 5;
        });
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        var queued = harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask();
        await Task.Delay(300, Ct);

        queued.IsCompleted.ShouldBeFalse();
        harness.ApiCalls.Count.ShouldBe(2);
    }
}
