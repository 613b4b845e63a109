using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics. <c>Telemetry:Exporter</c> picks the exporter: <c>none</c> (default),
/// <c>console</c>, or <c>otlp</c> (endpoint from the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
public static class TelemetryExtensions
{
    public const string ActivitySourceName = "FlowStudio";

    public static IHostApplicationBuilder AddFlowStudioTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var exporter = builder.Configuration["Telemetry:Exporter"]?.Trim().ToUpperInvariant() ?? "NONE";
        if (exporter is not ("NONE" or "CONSOLE" or "OTLP"))
        {
            throw new InvalidOperationException(
                $"Telemetry:Exporter is '{builder.Configuration["Telemetry:Exporter"]}'; expected none, console or otlp.");
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("FlowStudio"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ActivitySourceName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (exporter == "CONSOLE")
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(FlowStudioMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (exporter == "CONSOLE")
                {
                    metrics.AddConsoleExporter();
                }
            });
        if (exporter == "OTLP")
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
