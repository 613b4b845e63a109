using FlowStudio.Web.Designer.TestRuns;

namespace FlowStudio.Web.Designer;

public static class DesignerServiceCollectionExtensions
{
    /// <summary>The flow designer: palette, diagram mapping, the per-person clipboard and in-memory test runs.</summary>
    public static IServiceCollection AddFlowStudioDesigner(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<PaletteCatalog>();
        services.AddSingleton<DiagramMapper>();
        services.AddSingleton<DesignerTestRunner>();
        services.AddSingleton(_ => new DesignerClipboardStore());
        services.AddScoped<FlowClipboard>();
        return services;
    }
}
