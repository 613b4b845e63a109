namespace FlowStudio.Core.Validation;

public enum ValidationSeverity
{
    /// <summary>The flow cannot be published.</summary>
    Error,

    /// <summary>The flow can be published but probably does not do what was meant.</summary>
    Warning,
}
