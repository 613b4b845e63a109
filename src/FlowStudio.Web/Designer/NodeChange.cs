namespace FlowStudio.Web.Designer;

/// <summary>A node present in both versions whose type, label or config differs; <see cref="Fields"/> names what changed.</summary>
public sealed record NodeChange(string NodeId, string DisplayName, IReadOnlyList<string> Fields);
