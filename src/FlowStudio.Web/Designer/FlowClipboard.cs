using System.Security.Claims;
using FlowStudio.Core.Flows;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Copy and paste of nodes for the signed-in person (one per circuit, over the app-wide
/// <see cref="DesignerClipboardStore"/>), so a copy in one flow or tab can be pasted into another.
/// Pasted nodes get fresh ids; connections among them follow, others are dropped.
/// </summary>
public sealed class FlowClipboard(DesignerClipboardStore store, AuthenticationStateProvider authentication, TimeProvider clock)
{
    public static readonly FlowPosition PasteOffset = new(40, 40);

    // Someone without a user id (never the case behind the Design policy) gets a clipboard of their own tab.
    private readonly string anonymousKey = $"circuit:{Guid.NewGuid():N}";

    /// <summary>Copies the nodes and returns what was copied; an empty selection leaves the clipboard as it was.</summary>
    /// <exception cref="ArgumentException">More than <see cref="DesignerClipboardStore.MaxNodes"/> nodes are selected.</exception>
    public async Task<ClipboardContent> CopyAsync(FlowDefinition flow, IEnumerable<string> nodeIds)
    {
        var content = ClipboardContent.Of(flow, nodeIds) with { CopiedAt = clock.GetUtcNow() };
        if (!content.IsEmpty)
        {
            store.Put(await UserKeyAsync(), content);
        }

        return content;
    }

    public async Task<ClipboardContent?> GetAsync() => store.Get(await UserKeyAsync());

    private async Task<string> UserKeyAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? $"user:{id}" : anonymousKey;
    }

    /// <summary>Adds the clipboard's nodes to <paramref name="flow"/>, shifted by <paramref name="offset"/>; returns the new flow and the new ids.</summary>
    public static (FlowDefinition Flow, IReadOnlyList<string> NewIds) Paste(FlowDefinition flow, ClipboardContent content, FlowPosition offset)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(content);
        var taken = flow.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<FlowNode>();
        foreach (var node in content.Nodes)
        {
            var id = taken.Contains(node.Id) ? NodeIds.Next(node.Type, taken) : node.Id;
            taken.Add(id);
            renamed[node.Id] = id;
            nodes.Add(node with { Id = id, Position = new FlowPosition(node.Position.X + offset.X, node.Position.Y + offset.Y) });
        }

        var connections = content.Connections.Select(c => c with { FromNode = renamed[c.FromNode], ToNode = renamed[c.ToNode] });
        return (flow with { Nodes = flow.Nodes.AddRange(nodes), Connections = flow.Connections.AddRange(connections) }, [.. renamed.Values]);
    }
}
