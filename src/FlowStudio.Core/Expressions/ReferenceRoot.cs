namespace FlowStudio.Core.Expressions;

public enum ReferenceRoot
{
    Trigger,
    Steps,
    Vars,
    Item,
}
