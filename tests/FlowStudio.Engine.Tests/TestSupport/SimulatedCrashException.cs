namespace FlowStudio.Engine.Tests.TestSupport;

internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated process crash.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
