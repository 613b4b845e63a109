namespace FlowStudio.Core.Catalog;

/// <summary>How a retried or resumed step avoids doing its work twice.</summary>
public enum IdempotencyStrategy
{
    /// <summary>Reads change nothing.</summary>
    ReadOnly,

    /// <summary>Repeating the call leaves the same state (PUT, status changes).</summary>
    Naturally,

    /// <summary>A marker derived from the idempotency key is kept in <c>reference_number</c> and looked up before creating.</summary>
    ReferenceLookup,

    /// <summary>The system's own unique key (contact name, bill number per vendor, person email) is looked up before creating.</summary>
    NaturalKeyLookup,

    /// <summary>The API itself replays the first result for a key the connector sends (Stripe's <c>Idempotency-Key</c> header).</summary>
    ProviderIdempotencyKey,

    /// <summary>Nothing prevents a repeat (e.g. sending an email); the engine should not retry it blindly.</summary>
    None,
}
