namespace FlowStudio.Connectors.Ramp.Models;

public sealed record RampPageLinks(Uri? Next);
