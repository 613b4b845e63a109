using System.Collections.Immutable;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// One connector (Zoho Books, Stripe, Slack, …): its operations, declared once, and how to run them
/// against a connection. Registered with <c>AddConnectorModule&lt;T&gt;()</c>; the node catalog, the
/// palette and the invoker are built from the registered modules.
/// </summary>
public interface IConnectorModule
{
    /// <summary>The connector key, the prefix of its operation keys, e.g. <c>zoho-books</c>.</summary>
    string Connector { get; }

    string DisplayName { get; }

    /// <summary>Palette group: Zoho Books, CRM, Commerce, Payments, Messaging or Data.</summary>
    string Category { get; }

    /// <summary>Material icon name, e.g. <c>Icons.Material.Filled.MenuBook</c>.</summary>
    string Icon { get; }

    ImmutableArray<ConnectorOperationDescriptor> Operations { get; }

    /// <summary>What a person fills to connect a real account; the Connections page renders its form from these.</summary>
    ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; }

    /// <summary>
    /// Runs <paramref name="request"/> (its <see cref="ConnectorCall.Operation"/> is one of <see cref="Operations"/>'
    /// keys). Expected failures (validation, not found, rate limit, 5xx) come back as failed results with
    /// <c>IsTransient</c> set where a retry may help; the idempotency key is honoured as the operation declares.
    /// </summary>
    Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken);

    /// <summary>Checks the connection works (authenticates and reads something harmless).</summary>
    Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken);
}
