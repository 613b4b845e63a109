using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Tests.Connections;

/// <summary>
/// A small connector for these tests: a region (select), an account (text), an API key (secret, required) and
/// a webhook secret (secret, optional). Its test succeeds only with <see cref="GoodApiKey"/>, so a passing test
/// proves the real secret was decrypted and handed over.
/// </summary>
internal sealed class LedgerTestModule : IConnectorModule
{
    public const string Key = "test-ledger";
    public const string GoodApiKey = "ledger-key-7f3a9c1e5b2d";

    public string Connector => Key;

    public string DisplayName => "Test Ledger";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.Book";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => [];

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new("region", "Region") { Options = [new("eu", "Europe"), new("us", "United States")], DefaultValue = "eu" },
        new("account", "Account") { HelpText = "The ledger account number." },
        new("batchSize", "Batch size") { Required = false, Type = ConnectionFieldType.WholeNumber, Minimum = 1, Maximum = 500 },
        new("apiKey", "API key") { IsSecret = true },
        new("webhookSecret", "Webhook secret") { IsSecret = true, Required = false },
    ];

    public Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(connection.Secret("apiKey") == GoodApiKey
            ? CallResult.Success(JsonSerializer.SerializeToElement(new { account = connection.Setting("account") }))
            : CallResult.Failed(StepError.Permanent("The ledger refused the API key.", "ledger.unauthorized")));

    public Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(connection.Secret("apiKey") == GoodApiKey
            ? ConnectionTestResult.Success($"Reached ledger account {connection.Setting("account")}.")
            : ConnectionTestResult.Failure("The ledger refused the API key."));
}
