using System.Collections.Immutable;
using System.Globalization;
using FlowStudio.Connectors.HubSpot.Models;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>HubSpot CRM on the connector contract: JSON input → <see cref="HubSpotClient"/> → JSON output.</summary>
public sealed class HubSpotModule(HubSpotClientFactory clients, TimeProvider time) : IConnectorModule
{
    public string Connector => HubSpotOperations.Connector;

    public string DisplayName => "HubSpot";

    public string Category => "CRM";

    public string Icon => "Icons.Material.Filled.Hub";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => HubSpotOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(HubSpotConnectionSettings.AccessToken, "Access token") { IsSecret = true, HelpText = "Private app token (pat-…) with crm.objects.deals.read/write, crm.objects.contacts.write, crm.objects.line_items.read." },
        new(HubSpotConnectionSettings.RequestsPerSecond, "Requests per second") { Required = false, DefaultValue = "10", Type = ConnectionFieldType.WholeNumber, Minimum = 1, Maximum = 19, HelpText = "Client-side limit; HubSpot allows 100–190 per 10 s." },
        new(HubSpotConnectionSettings.WebhookSigningSecret, "Webhook signing secret") { IsSecret = true, Required = false, HelpText = "The app's client secret; verifies X-HubSpot-Signature-v3." },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation[(Connector.Length + 1)..];
        var input = new ConnectorInput(request.Input, request.Operation);
        try
        {
            var client = clients.Create(HubSpotConnectionSettings.ToConnection(connection));
            return operation switch
            {
                HubSpotOperations.SearchDeals => await ConnectorResults.ListAsync(
                    client.SearchDealsAsync(Search(input, request.Operation), cancellationToken).Select(HubSpotOutputs.Deal),
                    input.WholeNumber("max_items", 1, 10_000) ?? 100, HubSpotJson.Options, cancellationToken),
                HubSpotOperations.GetDeal => Ok(HubSpotOutputs.Deal(await client.GetDealAsync(input.RequiredText("id"), HubSpotOperations.DealProperties, ["contacts", "line_items"], cancellationToken))),
                HubSpotOperations.ReadLineItems => await ReadLineItemsAsync(client, input, request.Operation, cancellationToken),
                HubSpotOperations.UpdateDeal => Ok(HubSpotOutputs.Deal(await client.UpdateDealAsync(
                    input.RequiredText("id"), input.Map("properties") is { Count: > 0 } properties ? properties : throw new ConnectorInputException($"{request.Operation}: input 'properties' needs at least one property."), cancellationToken))),
                HubSpotOperations.CreateContactNote => Ok(HubSpotOutputs.Note(await client.CreateNoteForContactAsync(
                    input.RequiredText("contact_id"), input.RequiredText("body"), Instant(input, "timestamp", request.Operation) ?? time.GetUtcNow(), cancellationToken))),
                _ => CallResult.Failed(new(Message: $"HubSpot has no operation '{request.Operation}'.", Code: "connector.unknown_operation")),
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
            var client = clients.Create(HubSpotConnectionSettings.ToConnection(connection));
            await foreach (var _ in client.SearchDealsAsync(new HubSpotDealSearch([], ["dealname"]), cancellationToken).Take(1).WithCancellation(cancellationToken))
            {
                break;
            }

            return ConnectionTestResult.Success("Connected to HubSpot; deals can be read.");
        }
        catch (HubSpotException ex)
        {
            return ConnectionTestResult.Failure(ex.HttpStatus == 401 ? "HubSpot refused the access token." : $"HubSpot: {ex.Message}");
        }
        catch (ConnectorConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    private static async Task<CallResult> ReadLineItemsAsync(HubSpotClient client, ConnectorInput input, string operation, CancellationToken cancellationToken)
    {
        var ids = input.List("ids", required: true)!;
        if (ids.Count > 100)
        {
            throw new ConnectorInputException($"{operation}: input 'ids' holds {ids.Count} ids; HubSpot reads at most 100 at once.");
        }

        var read = await client.ReadLineItemsAsync(ids, HubSpotOperations.LineItemProperties, cancellationToken);
        return Ok(new Dictionary<string, object?> { ["items"] = read.Results.Select(HubSpotOutputs.LineItem).ToList(), ["missing_ids"] = read.MissingIds });
    }

    private static HubSpotDealSearch Search(ConnectorInput input, string operation)
    {
        var filters = new List<HubSpotFilter>();
        if (input.Text("dealstage") is { } stage)
        {
            filters.Add(new HubSpotFilter("dealstage", "EQ", stage));
        }

        if (Instant(input, "modified_since", operation) is { } since)
        {
            filters.Add(new HubSpotFilter("hs_lastmodifieddate", "GTE", since.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        }

        return new HubSpotDealSearch(filters, HubSpotOperations.DealProperties);
    }

    private static DateTimeOffset? Instant(ConnectorInput input, string key, string operation)
    {
        var text = input.Text(key);
        if (text is null)
        {
            return null;
        }

        if (text.Length >= 12 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new ConnectorInputException($"{operation}: input '{key}' must be an ISO 8601 date-time or epoch milliseconds; it is '{text}'.");
    }

    private static CallResult Ok(Dictionary<string, object?> output) => ConnectorResults.Success(output, HubSpotJson.Options);
}
