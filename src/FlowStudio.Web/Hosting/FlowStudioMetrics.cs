using System.Diagnostics.Metrics;

namespace FlowStudio.Web.Hosting;

/// <summary>Application metrics exported through OpenTelemetry under the <c>FlowStudio</c> meter.</summary>
public sealed class FlowStudioMetrics
{
    public const string MeterName = "FlowStudio";

    private readonly Counter<long> signIns;

    public FlowStudioMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        signIns = meter.CreateCounter<long>("flowstudio.sign_ins", "{attempt}", "Sign-in attempts by result.");
    }

    public void SignInAttempted(string result) =>
        signIns.Add(1, new KeyValuePair<string, object?>("result", result));
}
