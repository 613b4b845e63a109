using System.Collections.Immutable;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Web.Tests.Connections;

/// <summary>A small connector for page and API tests; its test passes only with <see cref="GoodApiKey"/>.</summary>
internal sealed class LedgerTestModule : IConnectorModule
{
    public const string Key = "test-ledger";
    public const string GoodApiKey = "web-ledger-key-0a1b2c3d4e";
    public const string SandboxApiKey = "web-sandbox-key-99f0e1";

    public static SandboxConnectionTemplate Sandbox { get; } = new(
        Key, "Ledger sandbox",
        new Dictionary<string, string> { ["region"] = "eu", ["account"] = "SANDBOX-1" },
        new Dictionary<string, string> { ["apiKey"] = SandboxApiKey });

    public string Connector => Key;

    public string DisplayName => "Test Ledger";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.Book";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => [];

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new("region", "Region") { Options = [new("eu", "Europe"), new("us", "United States")], DefaultValue = "eu" },
        new("account", "Account"),
        new("batchSize", "Batch size") { Required = false, Type = ConnectionFieldType.WholeNumber, Minimum = 1, Maximum = 500 },
        new("apiKey", "API key") { IsSecret = true },
    ];

    public Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(CallResult.Failed(StepError.Permanent("The test ledger has no operations.", "ledger.no_operations")));

    public Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(connection.Secret("apiKey") is GoodApiKey or SandboxApiKey
            ? ConnectionTestResult.Success($"Reached ledger account {connection.Setting("account")}.")
            : ConnectionTestResult.Failure("The ledger refused the API key."));
}
