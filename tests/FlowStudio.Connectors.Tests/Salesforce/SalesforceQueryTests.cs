using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Tests.SandboxSupport;

namespace FlowStudio.Connectors.Tests.Salesforce;

/// <summary>Contract tests: SOQL through the real client against the Salesforce sandbox, by login URL only.</summary>
public sealed class SalesforceQueryTests(SalesforceSandboxFixture fixture) : IClassFixture<SalesforceSandboxFixture>
{
    private const string Query = "salesforce.query";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_ClosedWonWithLineItems_FollowsBatchesAndKeepsAmountsExact()
    {
        const string soql = "SELECT Id, Name, Amount, CloseDate, Account.Name, (SELECT Quantity, UnitPrice, TotalPrice FROM OpportunityLineItems ORDER BY UnitPrice DESC) "
            + "FROM Opportunity WHERE IsWon = true AND StageName IN ('Closed Won') ORDER BY SystemModstamp";

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        output.GetProperty("count").GetInt32().ShouldBe(3);
        output.GetProperty("total_size").GetInt32().ShouldBe(3);
        output.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        var records = output.GetProperty("records");
        records.EnumerateArray().Select(r => r.GetProperty("Name").GetString()).ShouldBe(
            ["Northwind Traders - annual licences", "Contoso Supplies - onboarding", "Contoso Supplies - training"]);
        records[0].TryGetProperty("attributes", out _).ShouldBeFalse();
        records[0].GetProperty("Account").GetProperty("Name").GetString().ShouldBe("Northwind Traders");
        var items = records[0].GetProperty("OpportunityLineItems").GetProperty("records");
        items.GetArrayLength().ShouldBe(2);
        items[0].GetProperty("UnitPrice").GetDecimal().ShouldBe(5000.00m);
        items[1].GetProperty("TotalPrice").GetDecimal().ShouldBe(45000.00m);
        records[1].GetProperty("Amount").GetRawText().ShouldBe("12500.50");
        records[2].GetProperty("OpportunityLineItems").ValueKind.ShouldBe(JsonValueKind.Null);
        fixture.Host.Calls.Count(c => c.Uri.AbsolutePath.Contains("/query/01g", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Query_PollerWatermark_WithMillisecondsAndZ_ReturnsOnlyLaterChanges()
    {
        var soql = "SELECT Id, SystemModstamp FROM Opportunity WHERE IsWon = true AND SystemModstamp > 2025-01-08T15:30:00.000Z ORDER BY SystemModstamp";

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql }), SalesforceSandboxFixture.Connection(), Ct);

        result.Output!.Value.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("SystemModstamp").GetString())
            .ShouldBe(["2025-01-09T10:00:00.000+0000", "2025-01-10T08:45:00.000+0000"]);
    }

    [Fact]
    public async Task Query_LimitBelowMatches_HasMore_AndStreamReadsEveryBatch()
    {
        var soql = "SELECT Id, Name FROM Opportunity ORDER BY Name";

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql, limit = 3 }), SalesforceSandboxFixture.Connection(), Ct);
        var output = result.Output!.Value;
        var streamed = new List<string>();
        await foreach (var record in fixture.Module.StreamAsync(Query, output.GetProperty("stream").GetProperty("input"), SalesforceSandboxFixture.Connection(), Ct))
        {
            streamed.Add(record.GetProperty("Name").GetString()!);
        }

        output.GetProperty("count").GetInt32().ShouldBe(3);
        output.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        output.GetProperty("total_size").GetInt32().ShouldBe(6);
        streamed.Count.ShouldBe(6);
        streamed.ShouldBe(streamed.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    [Fact]
    public async Task Query_MalformedSoql_FailsPermanentlyWithTheReason()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Query, new { soql = "SELECT Id FROM Opportunity WHERE IsWon = true AND Amount > 10 OR IsClosed = false" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("salesforce.MALFORMED_QUERY");
        result.Failure.Message.ShouldContain("unexpected token: OR");
    }

    [Fact]
    public async Task Query_UnknownField_FailsWithInvalidField()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id, Invoice__c FROM Opportunity" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("salesforce.INVALID_FIELD");
        result.Failure.Message.ShouldContain("No such column 'Invoice__c' on entity 'Opportunity'");
    }

    [Theory]
    [InlineData("{}", "'soql' is required")]
    [InlineData("{\"soql\":\"SELECT Id FROM Account\",\"limit\":0}", "'limit' must be a whole number from 1 to 2000")]
    public async Task Query_BadInput_FailsWithoutCallingSalesforce(string input, string message)
    {
        var before = fixture.Host.Calls.Count;
        var call = SandboxHost.Call(Query, new { }) with { Input = JsonDocument.Parse(input).RootElement.Clone() };

        var result = await fixture.Module.InvokeAsync(call, SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("salesforce.invalid_input");
        result.Failure.Message.ShouldContain(message);
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Query_SessionExpired_RenewsOnceAndSucceeds()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);
        await fixture.Host.AdminSendAsync(HttpMethod.Post, "/sandbox/salesforce/_admin/sessions/expire");
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        var calls = fixture.Host.Calls.Skip(before).ToList();
        calls.Count(c => c.Status == HttpStatusCode.Unauthorized).ShouldBe(1);
        calls.Count(c => c.Uri.AbsolutePath.EndsWith("/services/oauth2/token", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Query_ServerUnavailableOnce_IsRetried()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/salesforce/_admin/faults", new { failNextRequests = 1 });

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("count").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Query_DailyLimitExceeded_FailsTransientWithAWait()
    {
        await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/salesforce/_admin/faults", new { limitExceededNextRequests = 1 });

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Query, new { soql = "SELECT Id FROM Account" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeTrue();
        result.Failure.Code.ShouldBe("salesforce.REQUEST_LIMIT_EXCEEDED");
        result.Failure.RetryAfter.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Test_Sandbox_ReportsTheInstanceUrl_AndRevokedTokenFails()
    {
        var ok = await fixture.Module.TestAsync(SalesforceSandboxFixture.Connection(), Ct);
        var revoked = await fixture.Module.TestAsync(SalesforceSandboxFixture.Connection(refreshToken: "5Aep-revoked"), Ct);

        ok.Succeeded.ShouldBeTrue();
        ok.Message.ShouldContain("http://localhost/sandbox/salesforce");
        revoked.Succeeded.ShouldBeFalse();
        revoked.Message.ShouldContain("invalid_grant");
    }
}
