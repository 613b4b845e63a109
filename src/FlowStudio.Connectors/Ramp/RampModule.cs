using System.Collections.Immutable;
using System.Globalization;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Ramp.Models;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Ramp;

/// <summary>Ramp (the expense tool) on the connector contract: JSON input → <see cref="RampClient"/> → JSON output.</summary>
public sealed class RampModule(RampClientFactory clients) : IConnectorModule
{
    public string Connector => RampOperations.Connector;

    public string DisplayName => "Ramp";

    public string Category => "Payments";

    public string Icon => "Icons.Material.Filled.ReceiptLong";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => RampOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(RampConnectionSettings.ClientId, "Client id") { HelpText = "Of a Developer API app (Settings › Developer)." },
        new(RampConnectionSettings.ClientSecret, "Client secret") { IsSecret = true },
        new(RampConnectionSettings.Scopes, "Scopes") { Required = false, DefaultValue = "transactions:read reimbursements:read" },
        new(RampConnectionSettings.WebhookSigningSecret, "Webhook signing secret") { IsSecret = true, Required = false, HelpText = "Verifies the hex HMAC-SHA256 signature of Ramp webhooks." },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation[(Connector.Length + 1)..];
        var input = new ConnectorInput(request.Input, request.Operation);
        try
        {
            var client = clients.Create(RampConnectionSettings.ToConnection(connection));
            var max = input.WholeNumber("max_items", 1, 10_000) ?? 100;
            return operation switch
            {
                RampOperations.ListTransactions => await ConnectorResults.ListAsync(client.ListTransactionsAsync(Filter(input, request.Operation), cancellationToken), max, RampJson.Options, cancellationToken),
                RampOperations.GetTransaction => ConnectorResults.Success(await client.GetTransactionAsync(input.RequiredText("id"), cancellationToken), RampJson.Options),
                RampOperations.ListReimbursements => await ConnectorResults.ListAsync(client.ListReimbursementsAsync(Filter(input, request.Operation), cancellationToken), max, RampJson.Options, cancellationToken),
                RampOperations.GetReimbursement => ConnectorResults.Success(await client.GetReimbursementAsync(input.RequiredText("id"), cancellationToken), RampJson.Options),
                _ => CallResult.Failed(new(Message: $"Ramp has no operation '{request.Operation}'.", Code: "connector.unknown_operation")),
            };
        }
        catch (Exception ex) when (ConnectorResults.Failure(ex, DisplayName) is { } failure)
        {
            return failure;
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var client = clients.Create(RampConnectionSettings.ToConnection(connection));
            await foreach (var _ in client.ListTransactionsAsync(new RampListFilter(), cancellationToken).Take(1).WithCancellation(cancellationToken))
            {
                break;
            }

            return ConnectionTestResult.Success("Connected to Ramp; card transactions can be read.");
        }
        catch (RampException ex)
        {
            return ConnectionTestResult.Failure(ex.HttpStatus == 401 ? "Ramp refused the client credentials." : ex.Message);
        }
        catch (ConnectorConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    private static RampListFilter Filter(ConnectorInput input, string operation) =>
        new(Date(input, "from_date", operation), Date(input, "to_date", operation), input.Text("state")?.ToUpperInvariant());

    private static DateTimeOffset? Date(ConnectorInput input, string key, string operation) =>
        input.Text(key) is not { } text
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new ConnectorInputException($"{operation}: input '{key}' must be an ISO 8601 date or date-time; it is '{text}'.");
}
