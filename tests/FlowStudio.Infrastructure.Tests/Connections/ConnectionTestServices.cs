using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Connections;

/// <summary>The infrastructure on a temp SQLite file with the connection services, the test ledger and its sandbox template.</summary>
internal static class ConnectionTestServices
{
    public const string SandboxApiKey = "sandbox-ledger-key-4411";

    public static SandboxConnectionTemplate LedgerSandbox { get; } = new(
        LedgerTestModule.Key,
        "Ledger sandbox",
        new Dictionary<string, string> { ["region"] = "eu", ["account"] = "SANDBOX-1" },
        new Dictionary<string, string> { ["apiKey"] = SandboxApiKey });

    public static Task<SqliteServices> StartAsync(IDictionary<string, string?>? settings = null) =>
        SqliteServices.StartAsync(settings, services =>
        {
            services.AddFlowStudioConnections();
            services.AddConnectorModule<LedgerTestModule>();
            services.AddSingleton(LedgerSandbox);
        }, start: false);
}
