using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Stripe.Models;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Stripe;

/// <summary>
/// Stripe on the connector contract: JSON input → <see cref="StripeClient"/> → JSON output. Creates send the
/// step's idempotency key as <c>Idempotency-Key</c>, so a retried or resumed step gets the first answer back.
/// </summary>
public sealed class StripeModule(StripeClientFactory clients) : IConnectorModule
{
    public string Connector => StripeOperations.Connector;

    public string DisplayName => "Stripe";

    public string Category => "Payments";

    public string Icon => "Icons.Material.Filled.CreditCard";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => StripeOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(StripeConnectionSettings.SecretKey, "Secret key") { IsSecret = true, HelpText = "sk_live_… or sk_test_… (or a restricted rk_… key) from Developers › API keys." },
        new(StripeConnectionSettings.ApiVersion, "API version") { Required = false, DefaultValue = "2024-06-20", HelpText = "Sent as Stripe-Version." },
        new(StripeConnectionSettings.RequestsPerSecond, "Requests per second") { Required = false, DefaultValue = "25", Type = ConnectionFieldType.WholeNumber, Minimum = 1, Maximum = 100, HelpText = "Client-side limit; Stripe allows ~100/s live, ~25/s test." },
        new(StripeConnectionSettings.WebhookSigningSecret, "Webhook signing secret") { IsSecret = true, Required = false, HelpText = "whsec_… of the webhook endpoint; verifies Stripe-Signature." },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation[(Connector.Length + 1)..];
        var input = new ConnectorInput(request.Input, request.Operation);
        try
        {
            var client = clients.Create(StripeConnectionSettings.ToConnection(connection));
            var max = input.WholeNumber("max_items", 1, 10_000) ?? 100;
            return operation switch
            {
                StripeOperations.CreateCustomer => Ok(StripeOutputs.Customer(await client.CreateCustomerAsync(
                    new StripeCustomerCreate(input.Text("email"), input.Text("name"), input.Text("description"), input.Map("metadata")), request.IdempotencyKey, cancellationToken))),
                StripeOperations.GetCustomer => Ok(StripeOutputs.Customer(await client.GetCustomerAsync(input.RequiredText("id"), cancellationToken))),
                StripeOperations.ListCustomers => await ListAsync(client.ListCustomersAsync(input.Text("email"), cancellationToken), StripeOutputs.Customer, max, cancellationToken),
                StripeOperations.CreatePaymentIntent => Ok(StripeOutputs.PaymentIntent(await client.CreatePaymentIntentAsync(PaymentIntent(input), request.IdempotencyKey, cancellationToken))),
                StripeOperations.GetPaymentIntent => Ok(StripeOutputs.PaymentIntent(await client.GetPaymentIntentAsync(input.RequiredText("id"), cancellationToken))),
                StripeOperations.ListPaymentIntents => await ListAsync(client.ListPaymentIntentsAsync(input.Text("customer"), cancellationToken), StripeOutputs.PaymentIntent, max, cancellationToken),
                StripeOperations.GetCharge => Ok(StripeOutputs.Charge(await client.GetChargeAsync(input.RequiredText("id"), cancellationToken))),
                StripeOperations.ListCharges => await ListAsync(client.ListChargesAsync(input.Text("customer"), input.Text("payment_intent"), cancellationToken), StripeOutputs.Charge, max, cancellationToken),
                StripeOperations.GetEvent => Ok(StripeOutputs.Event(await client.GetEventAsync(input.RequiredText("id"), cancellationToken))),
                StripeOperations.ListEvents => await ListAsync(client.ListEventsAsync(input.Text("type"), cancellationToken), StripeOutputs.Event, max, cancellationToken),
                _ => CallResult.Failed(new(Message: $"Stripe has no operation '{request.Operation}'.", Code: "connector.unknown_operation")),
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
            var client = clients.Create(StripeConnectionSettings.ToConnection(connection));
            var page = await client.ListPageAsync<StripeCustomer>("customers", new StripeForm(), 1, null, cancellationToken);
            return ConnectionTestResult.Success(page.Data.Count == 0 ? "Connected to Stripe (no customers yet)." : "Connected to Stripe; customers can be read.");
        }
        catch (StripeException ex)
        {
            return ConnectionTestResult.Failure(ex.IsAuthentication ? "Stripe refused the secret key." : $"Stripe: {ex.Message}");
        }
        catch (ConnectorConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    private static StripePaymentIntentCreate PaymentIntent(ConnectorInput input)
    {
        var currency = input.RequiredText("currency").ToLowerInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
        {
            throw new ConnectorInputException($"stripe.payment_intents.create: input 'currency' must be a three-letter ISO code such as usd; it is '{currency}'.");
        }

        var amount = input.Number("amount", required: true)!.Value;
        var minor = StripeMoney.ToMinorUnits(amount, currency);
        if (amount <= 0 || minor is null)
        {
            throw new ConnectorInputException($"stripe.payment_intents.create: input 'amount' must be positive with no more decimals than {currency.ToUpperInvariant()} has; it is {amount}.");
        }

        return new StripePaymentIntentCreate(
            minor.Value, currency, input.Text("customer"), input.Text("description"), input.Text("receipt_email"), input.Text("payment_method"),
            input.Flag("confirm") ?? false, input.Map("metadata"));
    }

    private static CallResult Ok(Dictionary<string, object?> output) => ConnectorResults.Success(output, StripeJson.Options);

    private static Task<CallResult> ListAsync<T>(IAsyncEnumerable<T> items, Func<T, Dictionary<string, object?>> project, int max, CancellationToken cancellationToken) =>
        ConnectorResults.ListAsync(items.Select(project), max, StripeJson.Options, cancellationToken);
}
