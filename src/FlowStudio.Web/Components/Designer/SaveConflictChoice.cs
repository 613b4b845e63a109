namespace FlowStudio.Web.Components.Designer;

public enum SaveConflictChoice
{
    Overwrite,
    SaveAsCopy,
}
