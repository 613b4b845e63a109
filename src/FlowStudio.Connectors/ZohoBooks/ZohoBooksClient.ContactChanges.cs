using System.Runtime.CompilerServices;
using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    /// <summary>
    /// Contacts modified at or after <paramref name="since"/> (every contact when null), oldest change first. Zoho's contact
    /// list filters on no time, so this reads it sorted by <c>last_modified_time</c> newest first and stops at the first
    /// older contact: a poll reads only the pages holding changes. Zoho's times have whole seconds, so the boundary second is
    /// included and a poller dedupes it (by id and modification time).
    /// </summary>
    public async IAsyncEnumerable<ZohoContact> ContactsChangedSinceAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new ZohoQuery().Add("sort_column", "last_modified_time").Add("sort_order", "D");
        var changed = new List<ZohoContact>();
        await foreach (var contact in ListAsync<ZohoContact>("contacts", "contacts", query, cancellationToken))
        {
            if (since is { } from && contact.LastModifiedTime is { } modified && modified < from)
            {
                break;
            }

            changed.Add(contact);
        }

        for (var i = changed.Count - 1; i >= 0; i--)
        {
            yield return changed[i];
        }
    }
}
