using System.Globalization;
using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Coupa;

namespace FlowStudio.Connectors.Tests.Coupa;

/// <summary>Contract tests: the supplier list through the real client against the Coupa sandbox, by base address only.</summary>
public sealed class CoupaSupplierListTests(CoupaSandboxFixture fixture) : IClassFixture<CoupaSandboxFixture>
{
    private const string List = "coupa.suppliers.list";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ActiveNotExported => Enumerable.Range(0, CoupaSandboxDemo.SupplierCount).Count(i => CoupaDemoSuppliers.Status(i) == "active" && !CoupaDemoSuppliers.Exported(i));

    private static int NotExported => Enumerable.Range(0, CoupaSandboxDemo.SupplierCount).Count(i => !CoupaDemoSuppliers.Exported(i));

    [Fact]
    public async Task List_ActiveNotExported_FiltersOldestChangeFirst_AndKeepsCoupaKeys()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(List, new { status = "active", exported = "false", limit = 100 }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        var suppliers = output.GetProperty("suppliers").EnumerateArray().ToList();
        output.GetProperty("count").GetInt32().ShouldBe(ActiveNotExported);
        output.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        suppliers.Count.ShouldBe(ActiveNotExported);
        suppliers.ShouldAllBe(s => s.GetProperty("status").GetString() == "active" && !s.GetProperty("exported").GetBoolean());
        var times = suppliers.Select(s => DateTimeOffset.Parse(s.GetProperty("updated-at").GetString()!, CultureInfo.InvariantCulture)).ToList();
        times.ShouldBe(times.Order().ToList());
        suppliers[0].GetProperty("id").GetInt64().ShouldBe(1001);
        suppliers[0].GetProperty("display-name").GetString().ShouldBe("Acme Office Supply");
        suppliers[0].GetProperty("primary-address").GetProperty("postal-code").GetString().ShouldBe("94404");
        fixture.Host.Calls.ShouldContain(c => c.Uri.Query.Contains("status=active", StringComparison.Ordinal) && c.Uri.Query.Contains("exported=false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_LimitAcrossPages_FollowsOffsets_AndStreamReadsEverySupplier()
    {
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(List, new { limit = 25 }), CoupaSandboxFixture.Connection(), Ct);
        var output = result.Output!.Value;
        var offsets = fixture.Host.Calls.Skip(before).Where(c => c.Uri.AbsolutePath.EndsWith("/api/suppliers", StringComparison.Ordinal))
            .Select(c => c.Uri.Query.Split('&').Single(p => p.StartsWith("offset=", StringComparison.Ordinal))).ToList();
        var streamed = new List<long>();
        await foreach (var supplier in fixture.Module.StreamAsync(List, output.GetProperty("stream").GetProperty("input"), CoupaSandboxFixture.Connection(), Ct))
        {
            streamed.Add(supplier.GetProperty("id").GetInt64());
        }

        output.GetProperty("count").GetInt32().ShouldBe(25);
        output.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        output.GetProperty("suppliers").GetArrayLength().ShouldBe(25);
        offsets.ShouldBe(["offset=0", "offset=10", "offset=20"]);
        streamed.Count.ShouldBe(CoupaSandboxDemo.SupplierCount);
        streamed.Distinct().Count().ShouldBe(CoupaSandboxDemo.SupplierCount);
        streamed.Take(25).ShouldBe(output.GetProperty("suppliers").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task List_NameContainsAndChangeWindow_AreCoupaArguments()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(List, new { name_contains = "office", updated_after = "2025-01-05T00:00:00Z", updated_before = "2025-02-01T00:00:00Z" }), CoupaSandboxFixture.Connection(), Ct);

        result.Output!.Value.GetProperty("suppliers").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .ShouldBe(["Acme Office Supply", "Jasper Office Coffee"]);
        fixture.Host.Calls.Select(c => Uri.UnescapeDataString(c.Uri.Query)).ShouldContain(q => q.Contains("name[contains]=office", StringComparison.Ordinal)
            && q.Contains("updated-at[gt]=2025-01-05T00:00:00Z", StringComparison.Ordinal) && q.Contains("updated-at[lt]=2025-02-01T00:00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_EmptyWatermark_IsNoFilter()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(List, new { updated_after = "", exported = "false", limit = 1000 }), CoupaSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("count").GetInt32().ShouldBe(NotExported);
    }

    [Theory]
    [InlineData("{\"status\":\"archived\"}", "input 'status' must be one of active, inactive, onboarding")]
    [InlineData("{\"updated_after\":\"last tuesday\"}", "input 'updated_after' must be an ISO 8601 date-time")]
    [InlineData("{\"limit\":0}", "input 'limit' must be a whole number from 1 to 1000")]
    [InlineData("{\"exported\":\"maybe\"}", "input 'exported' must be true or false")]
    public async Task List_BadInput_FailsWithoutCallingCoupa(string input, string message)
    {
        var before = fixture.Host.Calls.Count;
        var call = SandboxHost.Call(List, new { }) with { Input = JsonDocument.Parse(input).RootElement.Clone() };

        var result = await fixture.Module.InvokeAsync(call, CoupaSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("input.invalid");
        result.Failure.IsTransient.ShouldBeFalse();
        result.Failure.Message.ShouldContain(message);
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task List_ThrottledOnce_WaitsAndSucceeds()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/coupa/_admin/faults", new { throttleNextRequests = 1, retryAfterSeconds = 0 });
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(List, new { limit = 5 }), CoupaSandboxFixture.ApiKeyConnection(), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("count").GetInt32().ShouldBe(5);
        fixture.Host.Calls.Skip(before).Count(c => c.Status == HttpStatusCode.TooManyRequests).ShouldBe(1);
    }

    [Fact]
    public async Task List_ServerErrorsOutlastRetries_FailTransient()
    {
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/coupa/_admin/faults", new { failNextRequests = 5, errorStatusCode = 503 });

        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(List, new { limit = 5 }), CoupaSandboxFixture.ApiKeyConnection(), Ct);

        result.Failure!.IsTransient.ShouldBeTrue();
        result.Failure.Code.ShouldBe("coupa.http_503");
        result.Failure.Message.ShouldContain("Internal server error");
    }
}
