using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    /// <summary>The "Zoho contacts changed" poll's source: contacts modified at or after a time, oldest change first.</summary>
    private static IEnumerable<ConnectorOperationDescriptor> ContactChanges() =>
    [
        Read("contacts.changed", "Contacts changed since", "Contacts created or modified at or after a time, oldest change first (for poll triggers: map the watermark).",
            Many("contact", [.. ContactFields, "created_time:datetime", "last_modified_time:datetime"]),
            Text("modified_after", "Changed at or after", help: "ISO 8601 date-time, e.g. 2025-01-10T00:00:00Z; empty reads every contact.")),
    ];
}
