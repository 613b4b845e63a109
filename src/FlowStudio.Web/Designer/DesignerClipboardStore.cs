namespace FlowStudio.Web.Designer;

/// <summary>
/// The last nodes each person copied, kept in memory for the whole app (a singleton), so a copy in one browser tab
/// can be pasted in another tab's flow. Bounded: at most <see cref="MaxPeople"/> people are remembered (the one who
/// copied longest ago is forgotten first) and a copy holds at most <see cref="MaxNodes"/> nodes. Lost on restart,
/// like any clipboard.
/// </summary>
public sealed class DesignerClipboardStore(int maxPeople = DesignerClipboardStore.DefaultMaxPeople)
{
    public const int DefaultMaxPeople = 500;
    public const int MaxNodes = 1000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long sequence;

    public int MaxPeople { get; } = maxPeople > 0 ? maxPeople : throw new ArgumentOutOfRangeException(nameof(maxPeople), "At least one person.");

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <exception cref="ArgumentException">The copy is empty or holds more than <see cref="MaxNodes"/> nodes.</exception>
    public void Put(string userKey, ClipboardContent content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        ArgumentNullException.ThrowIfNull(content);
        if (content.IsEmpty || content.Nodes.Length > MaxNodes)
        {
            throw new ArgumentException($"A copy holds 1 to {MaxNodes} nodes, not {(content.IsEmpty ? 0 : content.Nodes.Length)}.", nameof(content));
        }

        lock (gate)
        {
            entries[userKey] = new Entry(content, ++sequence);
            if (entries.Count > MaxPeople)
            {
                var oldest = entries.MinBy(e => e.Value.Sequence).Key;
                entries.Remove(oldest);
            }
        }
    }

    public ClipboardContent? Get(string userKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        lock (gate)
        {
            return entries.TryGetValue(userKey, out var entry) ? entry.Content : null;
        }
    }

    private sealed record Entry(ClipboardContent Content, long Sequence);
}
