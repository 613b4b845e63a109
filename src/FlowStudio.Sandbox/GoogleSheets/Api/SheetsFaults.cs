using FlowStudio.Sandbox.Google;

namespace FlowStudio.Sandbox.GoogleSheets.Api;

public sealed class SheetsFaults : GoogleFaultInjector;
