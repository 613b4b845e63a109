using System.Net;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Coupa;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Connectors.Tests.Coupa;

/// <summary>Get, mark exported, authentication and "test connection" against the Coupa sandbox (its own instance: these change data).</summary>
public sealed class CoupaSupplierTests(CoupaSandboxFixture fixture) : IClassFixture<CoupaSandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Existing_ReturnsCoupasRecord()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = "1014" }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        var supplier = result.Output!.Value;
        supplier.GetProperty("id").GetInt64().ShouldBe(1014);
        supplier.GetProperty("name").GetString().ShouldBe("Northwind Traders");
        supplier.GetProperty("payment-term").GetProperty("code").GetString().ShouldBe("Net 45");
        supplier.GetProperty("primary-contact").GetProperty("email").GetString().ShouldBe("ap@northwindtraders.example");
    }

    [Fact]
    public async Task Get_Missing_FailsPermanentlyAsNotFound()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = 999999 }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("coupa.not_found");
        result.Failure.Message.ShouldContain("Couldn't find Supplier with 'id'=999999");
    }

    [Fact]
    public async Task Get_IdNotNumeric_FailsWithoutCallingCoupa()
    {
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = "SUP-1001" }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("input.invalid");
        result.Failure.Message.ShouldContain("numeric supplier id");
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task MarkExported_Twice_SetsTheFlagOnce_AndThePollSkipsIt()
    {
        var first = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.mark_exported", new { id = 1002 }), CoupaSandboxFixture.Connection(), Ct);
        var again = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.mark_exported", new { id = 1002 }), CoupaSandboxFixture.Connection(), Ct);
        var pending = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.list", new { exported = "false", limit = 1000 }), CoupaSandboxFixture.Connection(), Ct);

        first.Failure.ShouldBeNull();
        first.Output!.Value.GetProperty("exported").GetBoolean().ShouldBeTrue();
        again.Failure.ShouldBeNull();
        again.Output!.Value.GetProperty("exported").GetBoolean().ShouldBeTrue();
        pending.Output!.Value.GetProperty("suppliers").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ShouldNotContain(1002);
        fixture.Host.Calls.ShouldContain(c => c.Method == "PUT" && c.Uri.PathAndQuery.EndsWith("/api/suppliers/1002?exported=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkExported_Missing_FailsNotFound()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.mark_exported", new { id = 5 }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("coupa.not_found");
    }

    [Fact]
    public async Task MarkExported_ReadOnlyScope_IsForbidden()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call("coupa.suppliers.mark_exported", new { id = 1003 }), CoupaSandboxFixture.Connection(scopes: CoupaSandboxDemo.ReadScope), Ct);

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("coupa.forbidden");
        result.Failure.Message.ShouldContain("core.supplier.write");
    }

    [Fact]
    public async Task Call_TokenRevoked_FetchesANewTokenOnce()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = 1001 }), CoupaSandboxFixture.Connection(), Ct);
        fixture.Host.SandboxServices.GetRequiredService<CoupaTokens>().Clear();
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = 1001 }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        var calls = fixture.Host.Calls.Skip(before).ToList();
        calls.Count(c => c.Status == HttpStatusCode.Unauthorized).ShouldBe(1);
        calls.Count(c => c.Uri.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Test_OAuthAndApiKey_Connect_WrongSecretsDoNot()
    {
        var oauth = await fixture.Module.TestAsync(CoupaSandboxFixture.Connection(), Ct);
        var apiKey = await fixture.Module.TestAsync(CoupaSandboxFixture.ApiKeyConnection(), Ct);
        var badSecret = await fixture.Module.TestAsync(CoupaSandboxFixture.Connection(secret: "wrong"), Ct);
        var badKey = await fixture.Module.TestAsync(CoupaSandboxFixture.ApiKeyConnection(apiKey: "wrong"), Ct);
        var none = await fixture.Module.TestAsync(SandboxHost.SandboxConnection("coupa", new Dictionary<string, string>(), new Dictionary<string, string>()), Ct);

        oauth.Succeeded.ShouldBeTrue();
        oauth.Message.ShouldContain("OAuth client");
        apiKey.Succeeded.ShouldBeTrue();
        apiKey.Message.ShouldContain("API key");
        badSecret.Succeeded.ShouldBeFalse();
        badSecret.Message.ShouldContain("Client authentication failed");
        badKey.Succeeded.ShouldBeFalse();
        badKey.Message.ShouldContain("API key is invalid");
        none.Succeeded.ShouldBeFalse();
        none.Message.ShouldContain("needs an OAuth client id and secret");
    }

    [Fact]
    public async Task Secrets_NeverReachTheLogs()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = 1001 }), CoupaSandboxFixture.Connection(), Ct);
        await fixture.Module.InvokeAsync(SandboxHost.Call("coupa.suppliers.get", new { id = 1001 }), CoupaSandboxFixture.ApiKeyConnection(), Ct);

        var logs = string.Join('\n', fixture.Host.Logs.Lines);
        logs.ShouldNotBeEmpty();
        logs.ShouldNotContain(CoupaSandboxDemo.ClientSecret);
        logs.ShouldNotContain(CoupaSandboxDemo.ApiKey);
    }
}
