using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Connections;

public sealed class ConnectionStoreTests : IAsyncLifetime
{
    private const string ApiKey = "ledger-key-7f3a9c1e5b2d";
    private const string WebhookSecret = "whsec-91c2d7e0aa54";
    private static readonly AuditActor Designer = new("designer-id", "designer@flowstudio.local", "10.1.1.1");
    private SqliteServices services = default!;
    private ConnectionStore store = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await ConnectionTestServices.StartAsync();
        store = services.Services.GetRequiredService<ConnectionStore>();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    internal static NewConnection Ledger(string name = "Main ledger", string? apiKey = ApiKey, string? account = "ACC-1001") => new(
        name,
        LedgerTestModule.Key,
        account is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["account"] = account },
        apiKey is null
            ? new Dictionary<string, string> { ["webhookSecret"] = WebhookSecret }
            : new Dictionary<string, string> { ["apiKey"] = apiKey, ["webhookSecret"] = WebhookSecret });

    [Fact]
    public async Task Create_ValidFields_StoresSettingsWithDefaultsAndOnlySecretNames()
    {
        var result = await store.CreateAsync(Ledger(), Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Succeeded, result.Message);
        var created = result.Connection!;
        created.Id.ShouldMatch("^conn_[a-z0-9]{12}$");
        created.Settings.ShouldBe(new Dictionary<string, string> { ["account"] = "ACC-1001", ["region"] = "eu" }, ignoreOrder: true);
        created.SecretKeys.ShouldBe(["apiKey", "webhookSecret"]);
        created.SecretsRotatedAt.ShouldNotBeNull();
        created.Revision.ShouldBe(1);
        (await store.GetAsync(created.Id, Ct))!.Name.ShouldBe("Main ledger");
    }

    [Fact]
    public async Task Create_MissingRequiredFields_NamesEachAndStoresNothing()
    {
        var result = await store.CreateAsync(Ledger(name: " ", apiKey: null, account: null), Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Invalid);
        result.Errors.ShouldBe(["Name: a connection needs a name.", "Account: required.", "API key: required."], ignoreOrder: true);
        (await store.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_SecretGivenAsSettingOrBadOption_IsRefused()
    {
        var request = Ledger() with
        {
            Settings = new Dictionary<string, string> { ["account"] = "A", ["apiKey"] = ApiKey, ["region"] = "mars", ["colour"] = "red" },
        };

        var result = await store.CreateAsync(request, Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Invalid);
        result.Errors.ShouldContain("API key: is a secret; it is set with the secrets, never as a plain setting.");
        result.Errors.ShouldContain("Region: 'mars' is not one of eu, us.");
        result.Errors.ShouldContain("colour: Test Ledger has no such field.");
        (await store.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_UnknownConnector_IsInvalid()
    {
        var result = await store.CreateAsync(Ledger() with { Connector = "nope" }, Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Invalid);
        result.Errors.ShouldBe(["Connector: 'nope' is not available on this server."]);
    }

    [Fact]
    public async Task Create_SameNameInOtherCase_IsConflict()
    {
        (await store.CreateAsync(Ledger(), Designer, Ct)).Succeeded.ShouldBeTrue();

        var result = await store.CreateAsync(Ledger(name: "MAIN LEDGER "), Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Conflict);
        result.Message.ShouldContain("already exists");
        (await store.ListAsync(Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task CreateSandbox_Twice_ReturnsTheSameConnectionAndAuditsOnce()
    {
        var first = await store.CreateSandboxAsync(LedgerTestModule.Key, Designer, Ct);
        var second = await store.CreateSandboxAsync(LedgerTestModule.Key, Designer, Ct);

        first.Succeeded.ShouldBeTrue(first.Message);
        second.Connection!.Id.ShouldBe(first.Connection!.Id);
        first.Connection.IsSandbox.ShouldBeTrue();
        first.Connection.Name.ShouldBe("Ledger sandbox");
        (await store.ListAsync(Ct)).Count.ShouldBe(1);
        var audit = await services.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.ConnectionCreated), Ct);
        audit.Total.ShouldBe(1);
    }

    [Fact]
    public async Task CreateSandbox_NoTemplate_IsInvalid()
    {
        var result = await store.CreateSandboxAsync("zoho-books", Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Invalid);
        result.Message.ShouldContain("no sandbox");
    }

    [Fact]
    public async Task RotateSecrets_OneKey_ChangesOnlyThatKey()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;

        var result = await store.RotateSecretsAsync(created.Id, new Dictionary<string, string> { ["apiKey"] = "ledger-key-rotated-0001", ["webhookSecret"] = "" }, created.Revision, Designer, Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Connection!.Revision.ShouldBe(2);
        var resolved = await services.Services.GetRequiredService<Connectors.Runtime.IConnectionResolver>().ResolveAsync(created.Id, Ct);
        resolved!.Secret("apiKey").ShouldBe("ledger-key-rotated-0001");
        resolved.Secret("webhookSecret").ShouldBe(WebhookSecret);
    }

    [Fact]
    public async Task RotateSecrets_NonSecretOrNothing_IsRefused()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;

        var notSecret = await store.RotateSecretsAsync(created.Id, new Dictionary<string, string> { ["account"] = "X" }, null, Designer, Ct);
        var nothing = await store.RotateSecretsAsync(created.Id, new Dictionary<string, string>(), null, Designer, Ct);

        notSecret.Errors.ShouldContain("Account: is not a secret; change it with the settings.");
        nothing.Errors.ShouldBe(["Secrets: enter at least one new value."]);
        (await store.GetAsync(created.Id, Ct))!.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Edit_StaleRevision_IsConflictAndChangesNothing()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;
        (await store.RenameAsync(created.Id, "Ledger (EU)", created.Revision, Designer, Ct)).Succeeded.ShouldBeTrue();

        var stale = await store.UpdateSettingsAsync(
            created.Id, new Dictionary<string, string> { ["account"] = "ACC-2", ["region"] = "us" }, created.Revision, Designer, Ct);

        stale.Status.ShouldBe(ConnectionCommandStatus.Conflict);
        stale.Message.ShouldContain("changed by someone else");
        var current = (await store.GetAsync(created.Id, Ct))!;
        current.Settings["account"].ShouldBe("ACC-1001");
        current.Name.ShouldBe("Ledger (EU)");
    }

    [Fact]
    public async Task UpdateSettings_CurrentRevision_ReplacesSettings()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;

        var result = await store.UpdateSettingsAsync(
            created.Id, new Dictionary<string, string> { ["account"] = "ACC-2", ["region"] = "us" }, created.Revision, Designer, Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Connection!.Settings.ShouldBe(new Dictionary<string, string> { ["account"] = "ACC-2", ["region"] = "us" }, ignoreOrder: true);
        result.Connection.SecretKeys.ShouldBe(["apiKey", "webhookSecret"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("12.5")]
    [InlineData("ten")]
    public async Task Create_WholeNumberFieldOutOfRangeOrNotANumber_NamesTheFieldAndStoresNothing(string batchSize)
    {
        var request = Ledger() with { Settings = new Dictionary<string, string> { ["account"] = "ACC-1001", ["batchSize"] = batchSize } };

        var result = await store.CreateAsync(request, Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Invalid);
        result.Errors.ShouldBe([$"Batch size: must be a whole number from 1 to 500; '{batchSize}' is not."]);
        (await store.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateSettings_WholeNumberFieldOutOfRange_ChangesNothing_InRange_Saves()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;

        var bad = await store.UpdateSettingsAsync(
            created.Id, new Dictionary<string, string> { ["account"] = "ACC-1001", ["region"] = "eu", ["batchSize"] = "1000" }, created.Revision, Designer, Ct);
        var good = await store.UpdateSettingsAsync(
            created.Id, new Dictionary<string, string> { ["account"] = "ACC-1001", ["region"] = "eu", ["batchSize"] = " 500 " }, created.Revision, Designer, Ct);

        bad.Errors.ShouldBe(["Batch size: must be a whole number from 1 to 500; '1000' is not."]);
        good.Succeeded.ShouldBeTrue(good.Message);
        good.Connection!.Settings["batchSize"].ShouldBe("500");
        good.Connection.Revision.ShouldBe(created.Revision + 1);
    }

    [Fact]
    public async Task Rename_ToAnotherConnectionsName_IsConflict()
    {
        await store.CreateAsync(Ledger(), Designer, Ct);
        var other = (await store.CreateAsync(Ledger(name: "Second"), Designer, Ct)).Connection!;

        var result = await store.RenameAsync(other.Id, "main ledger", null, Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Conflict);
        (await store.GetAsync(other.Id, Ct))!.Name.ShouldBe("Second");
    }

    [Fact]
    public async Task Changes_AreAuditedWithoutSecretValues()
    {
        var created = (await store.CreateAsync(Ledger(), Designer, Ct)).Connection!;
        await store.RotateSecretsAsync(created.Id, new Dictionary<string, string> { ["apiKey"] = "ledger-key-rotated-0002" }, null, Designer, Ct);
        await store.RenameAsync(created.Id, "Renamed ledger", null, Designer, Ct);
        await store.DeleteAsync(created.Id, null, Designer, Ct);

        var entries = (await services.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Take: 100), Ct)).Items
            .Where(e => e.TargetType == "Connection").ToList();

        entries.Select(e => e.Action).ShouldBe(
            [AuditActions.ConnectionDeleted, AuditActions.ConnectionRenamed, AuditActions.ConnectionSecretsRotated, AuditActions.ConnectionCreated],
            ignoreOrder: true);
        entries.ShouldAllBe(e => e.TargetId == created.Id && e.ActorName == Designer.Name);
        var rotated = entries.Single(e => e.Action == AuditActions.ConnectionSecretsRotated);
        rotated.Summary.ShouldContain("apiKey");
        rotated.AfterJson!.ShouldContain("apiKey");
        entries.Single(e => e.Action == AuditActions.ConnectionCreated).AfterJson!.ShouldContain("ACC-1001");
        foreach (var entry in entries)
        {
            var text = $"{entry.Summary}{entry.BeforeJson}{entry.AfterJson}";
            text.ShouldNotContain(ApiKey);
            text.ShouldNotContain(WebhookSecret);
            text.ShouldNotContain("ledger-key-rotated-0002");
        }
    }
}
