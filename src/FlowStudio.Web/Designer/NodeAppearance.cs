namespace FlowStudio.Web.Designer;

/// <summary>How a node shows on the canvas: its icon (a MudBlazor icon name), the type line under its label and its palette group.</summary>
public sealed record NodeAppearance(string Icon, string TypeName, string Group);
