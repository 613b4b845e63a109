namespace FlowStudio.Core.Flows;

/// <summary>Canvas position of a node; designer data, ignored by the engine.</summary>
public readonly record struct FlowPosition(double X, double Y);
