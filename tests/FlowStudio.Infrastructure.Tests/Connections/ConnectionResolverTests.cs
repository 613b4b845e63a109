using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Connections;

public sealed class ConnectionResolverTests : IAsyncLifetime
{
    private static readonly AuditActor Admin = new("admin-id", "admin@flowstudio.local", null);
    private SqliteServices services = default!;
    private ConnectionStore store = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await ConnectionTestServices.StartAsync(new Dictionary<string, string?> { [SandboxAddress.BaseUrlKey] = "http://127.0.0.1:5999" });
        store = services.Services.GetRequiredService<ConnectionStore>();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Resolve_RealConnection_DecryptsSecretsAndKnowsTheAppAddress()
    {
        var created = (await store.CreateAsync(ConnectionStoreTests.Ledger(), Admin, Ct)).Connection!;

        var resolved = await services.Services.GetRequiredService<IConnectionResolver>().ResolveAsync(created.Id, Ct);

        resolved.ShouldNotBeNull();
        resolved.Secret("apiKey").ShouldBe(LedgerTestModule.GoodApiKey);
        resolved.Setting("account").ShouldBe("ACC-1001");
        resolved.IsSandbox.ShouldBeFalse();
        resolved.SandboxBaseUrl.ShouldBe(new Uri("http://127.0.0.1:5999/"));
        resolved.ToString().ShouldNotContain(LedgerTestModule.GoodApiKey);
    }

    [Fact]
    public async Task Resolve_SandboxConnection_UsesConfiguredBaseUrl()
    {
        var sandbox = (await store.CreateSandboxAsync(LedgerTestModule.Key, Admin, Ct)).Connection!;

        var resolved = await services.Services.GetRequiredService<IConnectionResolver>().ResolveAsync(sandbox.Id, Ct);

        resolved!.SandboxBaseUrl.ShouldBe(new Uri("http://127.0.0.1:5999/"));
        resolved.Secret("apiKey").ShouldBe(ConnectionTestServices.SandboxApiKey);
    }

    [Fact]
    public async Task Resolve_UnknownId_IsNull() =>
        (await services.Services.GetRequiredService<IConnectionResolver>().ResolveAsync("conn_missing00000", Ct)).ShouldBeNull();

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080", "http://127.0.0.1:5080/")]
    [InlineData("https://+:443", "https://127.0.0.1/")]
    [InlineData("http://10.0.0.5:5000", "http://10.0.0.5:5000/")]
    public void Loopback_ListeningAddress_BecomesCallable(string address, string expected) =>
        SandboxAddress.Loopback(address).AbsoluteUri.ShouldBe(expected);

    [Fact]
    public async Task Test_GoodAndBadSecret_RecordsEachOutcome()
    {
        var tester = services.Services.GetRequiredService<ConnectionTester>();
        var good = (await store.CreateAsync(ConnectionStoreTests.Ledger(), Admin, Ct)).Connection!;
        var bad = (await store.CreateAsync(ConnectionStoreTests.Ledger(name: "Wrong key", apiKey: "wrong-key-000"), Admin, Ct)).Connection!;

        var passed = await tester.TestAsync(good.Id, Admin, Ct);
        var failed = await tester.TestAsync(bad.Id, Admin, Ct);

        passed.Connection!.LastTest!.Succeeded.ShouldBeTrue();
        passed.Connection.LastTest.Message.ShouldBe("Reached ledger account ACC-1001.");
        failed.Connection!.LastTest!.Succeeded.ShouldBeFalse();
        (await store.GetAsync(bad.Id, Ct))!.LastTest!.Message.ShouldBe("The ledger refused the API key.");
    }

    [Fact]
    public async Task Directory_ByConnector_ListsSummariesByName()
    {
        await store.CreateAsync(ConnectionStoreTests.Ledger(name: "Zeta"), Admin, Ct);
        await store.CreateAsync(ConnectionStoreTests.Ledger(name: "alpha"), Admin, Ct);
        var directory = services.Services.GetRequiredService<IConnectionDirectory>();

        (await directory.ListAsync(LedgerTestModule.Key, Ct)).Select(c => c.Name).ShouldBe(["alpha", "Zeta"]);
        (await directory.ListAsync("zoho-books", Ct)).ShouldBeEmpty();
        (await directory.ListAsync(null, Ct)).Count.ShouldBe(2);
    }
}
