using System.Text.Json;

namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Streams for-each items that are too many to hold as one JSON array (a paged list operation, a
/// file). A for-each whose items expression gives an object with a <c>$stream</c> property reads
/// its items from here, one at a time.
/// </summary>
public interface IItemStreamSource
{
    /// <summary>The property that marks a stream handle.</summary>
    const string HandleProperty = "$stream";

    IAsyncEnumerable<JsonElement> OpenAsync(JsonElement handle, CancellationToken cancellationToken);
}
