using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>"Test connection" signs in, reads the organisation and explains each kind of failure.</summary>
public sealed class ConnectionTestTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task SandboxConnection_NamesTheOrganisation()
    {
        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(), Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Message.ShouldBe($"Connected to {ZohoSandboxDemo.OrganizationName} (organisation {ZohoSandboxDemo.OrganizationId})");
    }

    [Fact]
    public async Task UnknownClient_SaysToCheckClientIdAndDataCentre()
    {
        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(id: "bad-client", clientId: "1000.NOTACLIENT"), Ct);

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldContain("invalid_client");
        result.Message.ShouldContain("client id and data centre");
    }

    [Fact]
    public async Task WrongSecret_SaysSo()
    {
        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(id: "bad-secret", clientSecret: "not-the-secret"), Ct);

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldContain("client secret does not match");
        result.Message.ShouldNotContain("not-the-secret");
    }

    [Fact]
    public async Task RevokedRefreshToken_SaysToGenerateANewOne()
    {
        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(id: "revoked", refreshToken: "1000.revoked.token"), Ct);

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldContain("refresh token is revoked");
        result.Message.ShouldNotContain("1000.revoked.token");
    }

    [Fact]
    public async Task UnknownOrganisation_ListsTheReachableOnes()
    {
        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(id: "other-org", organizationId: "555"), Ct);

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldBe(
            $"Signed in to Zoho, but organisation 555 is not one of this user's organisations. Organisations reachable: {ZohoSandboxDemo.OrganizationName} ({ZohoSandboxDemo.OrganizationId}).");
    }

    [Fact]
    public async Task MissingOrganisation_SaysWhatIsMissingWithoutCallingZoho()
    {
        var before = Harness.Calls.Count;

        var result = await Harness.Module.TestAsync(ZohoModuleHarness.SandboxConnection(id: "no-org", organizationId: " "), Ct);

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldContain("OrganizationId");
        Harness.Calls.Count.ShouldBe(before);
    }
}
