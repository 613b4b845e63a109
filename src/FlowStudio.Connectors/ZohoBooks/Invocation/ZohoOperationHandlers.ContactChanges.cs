using System.Globalization;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static IEnumerable<ZohoOperationHandler> ContactChanges() =>
    [
        ZohoOperationHandler.Many("contacts.changed", call =>
        {
            DateTimeOffset? since = null;
            if (call.Input.Text("modified_after") is { } text)
            {
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    since = parsed;
                }
                else
                {
                    call.Input.Fields.RejectValue("modified_after", $"expected an ISO 8601 date-time such as 2025-01-10T00:00:00Z, got '{text}'");
                }
            }

            return call.List((client, ct) => client.ContactsChangedSinceAsync(since, ct));
        }),
    ];
}
