namespace FlowStudio.Sandbox.ZohoBooks.Faults;

public enum ZohoFaultKind
{
    None,
    ServerError,
    Throttle,
    Hang,
}
