using System.Collections.Immutable;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Webhook;

/// <summary>
/// A connection that only holds a webhook signing secret, for senders verified by the generic HMAC or
/// static-header schemes. It offers no operations; nothing is called with it.
/// </summary>
public sealed class WebhookConnectorModule : IConnectorModule
{
    public const string Key = "webhook";

    public string Connector => Key;

    public string DisplayName => "Webhook";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.Webhook";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => [];

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(WebhookSecretKeys.SigningSecret, "Webhook signing secret")
        {
            IsSecret = true,
            HelpText = "The shared secret the sender signs with (generic HMAC) or sends in a header (static secret).",
        },
    ];

    public Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(CallResult.Failed(StepError.Permanent("A Webhook connection has no operations to call.", "connector.unknown_operation")));

    public Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Task.FromResult(string.IsNullOrEmpty(connection.Secret(WebhookSecretKeys.SigningSecret))
            ? ConnectionTestResult.Failure("No webhook signing secret is stored.")
            : ConnectionTestResult.Success("A signing secret is stored; deliveries signed with it will be accepted."));
    }
}
