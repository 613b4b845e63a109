namespace FlowStudio.Core.Catalog;

public enum NodeCategory
{
    Trigger,
    Action,
    Logic,
    FlowControl,
    Human,
}
