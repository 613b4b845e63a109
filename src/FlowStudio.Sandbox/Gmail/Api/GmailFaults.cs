using FlowStudio.Sandbox.Google;

namespace FlowStudio.Sandbox.Gmail.Api;

public sealed class GmailFaults : GoogleFaultInjector;
