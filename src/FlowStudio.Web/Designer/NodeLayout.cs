namespace FlowStudio.Web.Designer;

/// <summary>
/// Fixed geometry of a node widget. Ports are placed from these numbers instead of being measured in the
/// browser, so a 300-node flow opens without a round trip per port; the widget's CSS uses the same values.
/// </summary>
public static class NodeLayout
{
    public const double Width = 232;
    public const double HeaderHeight = 56;
    public const double RowHeight = 24;
    public const double BottomPadding = 8;
    public const double PortSize = 14;

    /// <summary>Horizontal distance between layers and vertical gap between nodes for "tidy up".</summary>
    public const double LayerGap = 96;
    public const double NodeGap = 32;

    public static double Height(int inputs, int outputs) => HeaderHeight + (Math.Max(1, Math.Max(inputs, outputs)) * RowHeight) + BottomPadding;

    /// <summary>Top of the port square for row <paramref name="row"/>, relative to the node.</summary>
    public static double PortTop(int row) => HeaderHeight + (row * RowHeight) + ((RowHeight - PortSize) / 2);
}
