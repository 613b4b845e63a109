namespace FlowStudio.Web.Hooks;

/// <summary>The body a webhook sender gets back: a short message, never the reason a signature failed.</summary>
public sealed record HookAnswer(string Message);
