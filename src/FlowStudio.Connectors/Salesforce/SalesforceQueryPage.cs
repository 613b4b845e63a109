using System.Text.Json;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>One batch of a query: its records, the total the query matched, and where the next batch is (null when done).</summary>
public sealed record SalesforceQueryPage(IReadOnlyList<JsonElement> Records, int TotalSize, string? NextRecordsUrl);
