namespace FlowStudio.Sandbox.Kit;

public enum SandboxFaultKind
{
    None,
    ServerError,
    Throttle,
}
