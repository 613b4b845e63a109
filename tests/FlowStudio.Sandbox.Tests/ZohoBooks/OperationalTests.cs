using System.Net;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

/// <summary>Behaviour across hosts and process-wide settings; each test starts its own sandbox on its own file.</summary>
public sealed class OperationalTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly TempDatabase second = new();

    [Fact]
    public async Task RateLimit_Enabled_Answers429WithCode44AfterTheLimitUntilTheNextMinute()
    {
        await using var host = await SandboxHost.StartAsync(database.Path, configure: o => { o.RateLimitEnabled = true; o.RateLimitPerMinute = 3; });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.Api.GetAsync("settings/taxes")).Status);
        }

        var throttled = await host.Api.GetAsync("settings/taxes");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = await host.Api.GetAsync("settings/taxes");

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        throttled.Code.ShouldBe(44);
        throttled.Headers.RetryAfter.ShouldBeNull();
        nextMinute.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_FailNextTwo_Returns5xxTwiceThenRecovers()
    {
        await using var host = await SandboxHost.StartAsync(database.Path);
        await host.Api.AccessTokenAsync();

        (await host.Api.AdminAsync(HttpMethod.Put, "faults", new { fail_next_requests = 2, error_status_code = 503 })).Status.ShouldBe(HttpStatusCode.OK);
        var first = await host.Api.GetAsync("invoices");
        var second = await host.Api.GetAsync("invoices");
        var third = await host.Api.GetAsync("invoices");

        first.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        third.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_ThrottleNext_Returns429WithRetryAfter()
    {
        await using var host = await SandboxHost.StartAsync(database.Path);
        await host.Api.AccessTokenAsync();

        await host.Api.AdminAsync(HttpMethod.Put, "faults", new { throttle_next_requests = 1, retry_after_seconds = 7 });
        var throttled = await host.Api.GetAsync("invoices");
        var settings = await host.Api.AdminAsync(HttpMethod.Get, "faults");

        throttled.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Code.ShouldBe(44);
        throttled.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        settings.Body["throttle_next_requests"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Faults_LatencyAndHang_DelayAndOutlastTheClientTimeout()
    {
        await using var host = await SandboxHost.StartAsync(database.Path);
        await host.Api.AccessTokenAsync();

        await host.Api.AdminAsync(HttpMethod.Put, "faults", new { latency_ms = 300 });
        var started = System.Diagnostics.Stopwatch.StartNew();
        (await host.Api.GetAsync("settings/taxes")).Status.ShouldBe(HttpStatusCode.OK);
        started.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));

        await host.Api.AdminAsync(HttpMethod.Put, "faults", new { hang_next_requests = 1, hang_ms = 60_000 });
        using var clientTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ZohoSandboxDemo.BooksPath}/settings/taxes?organization_id={ZohoSandboxDemo.OrganizationId}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + await host.Api.AccessTokenAsync());
        started.Restart();
        await Should.ThrowAsync<OperationCanceledException>(() => host.Api.Http.SendAsync(request, clientTimeout.Token));
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Reset_AfterChanges_RestoresTheSeededOrganisation()
    {
        await using var host = await SandboxHost.StartAsync(database.Path);
        var before = await host.Api.ListAllAsync("invoices", "invoices");
        (await host.Api.PostAsync("contacts", new { contact_name = "Temporary Customer" })).Status.ShouldBe(HttpStatusCode.Created);
        var customer = before[0]["customer_id"]!.GetValue<string>();
        await host.Api.PostAsync("invoices", new { customer_id = customer, line_items = new[] { new { name = "Extra", rate = 5m } } });

        (await host.Api.AdminAsync(HttpMethod.Post, "reset")).Status.ShouldBe(HttpStatusCode.OK);
        var after = await host.Api.ListAllAsync("invoices", "invoices");
        var temporary = await host.Api.GetAsync("contacts", "contact_name=Temporary%20Customer");

        temporary["contacts"].AsArray().ShouldBeEmpty();
        after.Select(i => i.ToJsonString()).ShouldBe(before.Select(i => i.ToJsonString()));
    }

    [Fact]
    public async Task Restart_OnTheSameFile_KeepsCreatedRecords()
    {
        string contactId;
        await using (var host = await SandboxHost.StartAsync(database.Path))
        {
            var created = await host.Api.PostAsync("contacts", new { contact_name = "Persistent Ltd", contact_type = "customer" });
            contactId = created["contact"]["contact_id"]!.GetValue<string>();
        }

        await using var restarted = await SandboxHost.StartAsync(database.Path);
        var contact = await restarted.Api.GetAsync($"contacts/{contactId}");

        contact.Status.ShouldBe(HttpStatusCode.OK);
        contact["contact"]["contact_name"]!.GetValue<string>().ShouldBe("Persistent Ltd");
    }

    [Fact]
    public async Task Seed_TwoFreshDatabases_AreIdentical()
    {
        await using var one = await SandboxHost.StartAsync(database.Path);
        await using var two = await SandboxHost.StartAsync(second.Path);

        foreach (var (path, key) in new[] { ("invoices", "invoices"), ("contacts", "contacts"), ("customerpayments", "customerpayments"), ("bills", "bills") })
        {
            var a = await one.Api.ListAllAsync(path, key);
            var b = await two.Api.ListAllAsync(path, key);
            b.Select(n => n.ToJsonString()).ShouldBe(a.Select(n => n.ToJsonString()), path);
        }
    }

    [Fact]
    public async Task Seed_DifferentSeed_GivesDifferentData()
    {
        await using var one = await SandboxHost.StartAsync(database.Path);
        await using var two = await SandboxHost.StartAsync(second.Path, configure: o => o.Seed = ZohoSandboxDemo.Seed + 1);

        var a = await one.Api.ListAllAsync("invoices", "invoices");
        var b = await two.Api.ListAllAsync("invoices", "invoices");

        b.Select(n => n.ToJsonString()).ShouldNotBe(a.Select(n => n.ToJsonString()));
    }

    public void Dispose()
    {
        database.Dispose();
        second.Dispose();
    }
}
