using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>New node ids: readable (<c>condition-3</c>) and unique within the flow.</summary>
public static class NodeIds
{
    public static string Next(string typeKey, IEnumerable<FlowNode> existing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeKey);
        ArgumentNullException.ThrowIfNull(existing);
        return Next(typeKey, existing.Select(n => n.Id).ToHashSet(StringComparer.Ordinal));
    }

    public static string Next(string typeKey, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var stem = typeKey[(typeKey.LastIndexOf('.') + 1)..].ToLowerInvariant();
        for (var i = 1; ; i++)
        {
            var id = $"{stem}-{i}";
            if (!taken.Contains(id))
            {
                return id;
            }
        }
    }
}
