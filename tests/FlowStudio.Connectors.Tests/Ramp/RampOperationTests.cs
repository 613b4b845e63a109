using System.Text.Json;
using FlowStudio.Connectors.Ramp;
using FlowStudio.Engine.Contracts;
using FlowStudio.Sandbox.Ramp;

namespace FlowStudio.Connectors.Tests.Ramp;

/// <summary>Contract tests: every Ramp operation through the real module and client against the Ramp sandbox.</summary>
public sealed class RampOperationTests(RampFixture fixture) : IClassFixture<RampFixture>
{
    private Task<CallResult> Invoke(string operation, object input) =>
        fixture.Harness.InvokeAsync(RampFixture.Connection(), "ramp." + operation, input);

    private static JsonElement Output(CallResult result)
    {
        result.Failure.ShouldBeNull();
        return result.Output!.Value;
    }

    [Fact]
    public async Task ListTransactions_FollowsPageNextUntilNull_WithDecimalAmountsAndOneToken()
    {
        var before = fixture.Harness.Calls.Count;
        var list = Output(await Invoke(RampOperations.ListTransactions, new { max_items = 1000 }));

        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThanOrEqualTo(12);
        items.Select(i => i.GetProperty("id").GetString()).Distinct().Count().ShouldBe(items.Count);
        items.ShouldContain(i => i.GetProperty("amount").GetDecimal() == 42.50m && i.GetProperty("merchant_name").GetString() == "Uber");
        var calls = fixture.Harness.Calls.Skip(before).ToList();
        calls.Count(c => c.Uri.AbsolutePath.EndsWith("/developer/v1/transactions", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(3);
        calls.Count(c => c.Uri.AbsolutePath.EndsWith("/developer/v1/token", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task ListTransactions_ClearedInAWindow_FiltersByStateAndDate()
    {
        var all = Output(await Invoke(RampOperations.ListTransactions, new { state = "cleared", max_items = 1000 })).GetProperty("items").EnumerateArray().ToList();
        all.ShouldAllBe(t => t.GetProperty("state").GetString() == "CLEARED");

        var newest = all.Select(t => t.GetProperty("user_transaction_time").GetDateTimeOffset()).Max();
        var recent = Output(await Invoke(RampOperations.ListTransactions, new { state = "CLEARED", from_date = newest.ToString("O") }));
        recent.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task GetTransaction_ById_ReturnsTheCardHolder()
    {
        var id = Output(await Invoke(RampOperations.ListTransactions, new { max_items = 1 })).GetProperty("items")[0].GetProperty("id").GetString();

        var transaction = Output(await Invoke(RampOperations.GetTransaction, new { id }));

        transaction.GetProperty("id").GetString().ShouldBe(id);
        transaction.GetProperty("card_holder").GetProperty("department_name").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Reimbursements_ListAndGet()
    {
        var list = Output(await Invoke(RampOperations.ListReimbursements, new { }));
        var first = list.GetProperty("items")[0];
        list.GetProperty("count").GetInt32().ShouldBe(5);

        var reimbursement = Output(await Invoke(RampOperations.GetReimbursement, new { id = first.GetProperty("id").GetString() }));
        reimbursement.GetProperty("amount").GetDecimal().ShouldBe(first.GetProperty("amount").GetDecimal());
        reimbursement.GetProperty("user_full_name").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task GetTransaction_Unknown_FailsPermanentlyWithNotFound()
    {
        var result = await Invoke(RampOperations.GetTransaction, new { id = "nope" });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("ramp.NOT_FOUND");
    }

    [Fact]
    public async Task ListReimbursements_WithoutTheScope_FailsForbidden()
    {
        var result = await fixture.Harness.InvokeAsync(RampFixture.Connection(scopes: "transactions:read"), "ramp." + RampOperations.ListReimbursements, new { });

        result.Failure!.Code.ShouldBe("ramp.FORBIDDEN");
        result.Failure.Message.ShouldContain("reimbursements:read");
    }

    [Fact]
    public async Task Test_WrongSecret_IsRefused_AndNoSecretIsLogged()
    {
        var module = fixture.Harness.Module(RampOperations.Connector);

        (await module.TestAsync(RampFixture.Connection(), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        var wrong = await module.TestAsync(RampFixture.Connection(secret: "ramp_sec_wrong_value_123456"), TestContext.Current.CancellationToken);
        wrong.Succeeded.ShouldBeFalse();
        wrong.Message.ShouldContain("refused");
        var log = string.Join('\n', fixture.Harness.Logs.Lines);
        log.ShouldNotContain(RampSandboxDemo.ClientSecret);
        log.ShouldNotContain("ramp_sec_wrong_value_123456");
        log.ShouldNotContain("ramp_tok_");
    }

    [Fact]
    public async Task TokenRevoked_ByAReset_IsRenewedOnceAndTheCallSucceeds()
    {
        Output(await Invoke(RampOperations.ListReimbursements, new { max_items = 1 }));
        using (var reset = await fixture.Sandbox.Admin.PostAsync(new Uri("/sandbox/ramp/_admin/reset", UriKind.Relative), null, TestContext.Current.CancellationToken))
        {
            reset.EnsureSuccessStatusCode();
        }

        var before = fixture.Harness.Calls.Count;
        Output(await Invoke(RampOperations.ListReimbursements, new { max_items = 1 }));

        var calls = fixture.Harness.Calls.Skip(before).ToList();
        calls.Count(c => c.Status == System.Net.HttpStatusCode.Unauthorized).ShouldBe(1);
        calls.Count(c => c.Uri.AbsolutePath.EndsWith("/developer/v1/token", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task ServerErrorOnce_IsRetriedAndSucceeds()
    {
        await fixture.Sandbox.SetFaultsAsync("ramp", new { failNextRequests = 1 });

        var result = await Invoke(RampOperations.ListReimbursements, new { max_items = 1 });

        result.Failure.ShouldBeNull();
        fixture.Harness.Calls.ShouldContain(c => c.Status == System.Net.HttpStatusCode.InternalServerError);
    }
}
