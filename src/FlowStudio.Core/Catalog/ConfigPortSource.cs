namespace FlowStudio.Core.Catalog;

/// <summary>
/// Output ports read from a config array (e.g. switch cases): each element's
/// <see cref="NameProperty"/> names a port and <see cref="LabelProperty"/> labels it.
/// </summary>
public sealed record ConfigPortSource(string ConfigKey, string NameProperty = "name", string LabelProperty = "label");
