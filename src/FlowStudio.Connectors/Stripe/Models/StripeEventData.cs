using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowStudio.Connectors.Stripe.Models;

/// <summary><c>data.object</c>: the resource the event is about.</summary>
public sealed record StripeEventData([property: JsonPropertyName("object")] JsonElement Subject);
