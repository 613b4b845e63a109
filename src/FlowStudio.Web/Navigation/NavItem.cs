namespace FlowStudio.Web.Navigation;

/// <summary>One navigation entry; shown only to people who satisfy <see cref="Policy"/>.</summary>
public sealed record NavItem(string Title, string Href, string Icon, string Policy, string Group, bool MatchAll = false);
