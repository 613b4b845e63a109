namespace FlowStudio.Core.Catalog;

/// <summary>Port names shared by the built-in node types; connections refer to ports by these names.</summary>
public static class PortNames
{
    public const string In = "in";
    public const string Out = "out";
    public const string Error = "error";
    public const string True = "true";
    public const string False = "false";
    public const string Default = "default";
    public const string Item = "item";
    public const string Done = "done";

    /// <summary>For-each input that the end of the per-item branch returns to.</summary>
    public const string Loop = "loop";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string TimedOut = "timedOut";
}
