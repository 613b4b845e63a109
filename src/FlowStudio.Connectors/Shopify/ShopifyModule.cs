using System.Collections.Immutable;
using System.Globalization;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Shopify.Models;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Shopify;

/// <summary>Shopify on the connector contract: JSON input → <see cref="ShopifyClient"/> → JSON output (money as decimals).</summary>
public sealed class ShopifyModule(ShopifyClientFactory clients) : IConnectorModule
{
    public string Connector => ShopifyOperations.Connector;

    public string DisplayName => "Shopify";

    public string Category => "Commerce";

    public string Icon => "Icons.Material.Filled.ShoppingBag";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => ShopifyOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(ShopifyConnectionSettings.ShopDomain, "Shop domain") { HelpText = "e.g. acme.myshopify.com" },
        new(ShopifyConnectionSettings.AccessToken, "Admin API access token") { IsSecret = true, HelpText = "shpat_… of a custom app with read_orders, write_orders, read_customers." },
        new(ShopifyConnectionSettings.ApiVersion, "API version") { Required = false, DefaultValue = "2024-07" },
        new(ShopifyConnectionSettings.WebhookSigningSecret, "Webhook signing secret") { IsSecret = true, Required = false, HelpText = "The app's client secret; verifies X-Shopify-Hmac-Sha256." },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation[(Connector.Length + 1)..];
        var input = new ConnectorInput(request.Input, request.Operation);
        try
        {
            var client = clients.Create(ShopifyConnectionSettings.ToConnection(connection));
            var max = input.WholeNumber("max_items", 1, 10_000) ?? 100;
            return operation switch
            {
                ShopifyOperations.ListOrders => await ConnectorResults.ListAsync(client.ListOrdersAsync(OrderFilter(input, request.Operation), cancellationToken), max, ShopifyJson.Write, cancellationToken),
                ShopifyOperations.GetOrder => ConnectorResults.Success(await client.GetOrderAsync(Id(input, request.Operation), cancellationToken), ShopifyJson.Write),
                ShopifyOperations.UpdateOrderNote => ConnectorResults.Success(
                    await client.UpdateOrderNoteAsync(Id(input, request.Operation), input.RequiredText("note"), cancellationToken), ShopifyJson.Write),
                ShopifyOperations.ListCustomers => await ConnectorResults.ListAsync(client.ListCustomersAsync(cancellationToken), max, ShopifyJson.Write, cancellationToken),
                ShopifyOperations.GetCustomer => ConnectorResults.Success(await client.GetCustomerAsync(Id(input, request.Operation), cancellationToken), ShopifyJson.Write),
                _ => CallResult.Failed(new(Message: $"Shopify has no operation '{request.Operation}'.", Code: "connector.unknown_operation")),
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
            var client = clients.Create(ShopifyConnectionSettings.ToConnection(connection));
            await foreach (var _ in client.ListCustomersAsync(cancellationToken).Take(1).WithCancellation(cancellationToken))
            {
                break;
            }

            return ConnectionTestResult.Success($"Connected to Shopify shop {connection.Setting(ShopifyConnectionSettings.ShopDomain)}.");
        }
        catch (ShopifyException ex)
        {
            return ConnectionTestResult.Failure(ex.HttpStatus == 401 ? "Shopify refused the access token." : $"Shopify: {ex.Message}");
        }
        catch (ConnectorConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    private static long Id(ConnectorInput input, string operation)
    {
        var text = input.RequiredText("id");
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ConnectorInputException($"{operation}: input 'id' must be a Shopify numeric id such as 450789469; it is '{text}'.");
    }

    private static ShopifyOrderFilter OrderFilter(ConnectorInput input, string operation)
    {
        DateTimeOffset? since = null;
        if (input.Text("updated_at_min") is { } text)
        {
            since = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new ConnectorInputException($"{operation}: input 'updated_at_min' must be an ISO 8601 date-time; it is '{text}'.");
        }

        return new ShopifyOrderFilter(input.Text("status") ?? "any", input.Text("financial_status"), input.Text("fulfillment_status"), since);
    }
}
