using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>
/// The rest of a query's result behind <c>nextRecordsUrl</c> (<c>/query/01g…-2000</c>): the matched rows are kept for
/// 15 minutes, as Salesforce keeps query cursors, and read batch by batch.
/// </summary>
public sealed class SalesforceQueryCursors(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (List<JsonObject> Rows, DateTimeOffset Expires)> cursors = new(StringComparer.Ordinal);

    public string Open(List<JsonObject> rows)
    {
        foreach (var (id, cursor) in cursors)
        {
            if (cursor.Expires < time.GetUtcNow())
            {
                cursors.TryRemove(id, out _);
            }
        }

        var locator = "01g" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8))[..15];
        cursors[locator] = (rows, time.GetUtcNow() + Lifetime);
        return locator;
    }

    public List<JsonObject>? Find(string locator) =>
        cursors.TryGetValue(locator, out var cursor) && cursor.Expires >= time.GetUtcNow() ? cursor.Rows : null;
}
