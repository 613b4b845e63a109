namespace FlowStudio.Core.Validation;

public enum ValidationCode
{
    DuplicateNodeId,
    NoTrigger,
    MultipleTriggers,
    UnknownNodeType,
    MissingRequiredConfig,
    InvalidConfigValue,
    UnknownConnectorOperation,
    UnknownConnectionNode,
    UnknownPort,
    RequiredOutputUnconnected,
    NoConnectedOutput,
    UnreachableNode,
    Cycle,
    InvalidLoopReturn,
    ExpressionSyntax,
    UnknownStepReference,
    ReferenceNotUpstream,
    ItemOutsideLoop,
    VariableNotSet,
}
