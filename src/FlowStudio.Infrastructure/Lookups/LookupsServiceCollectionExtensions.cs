using FlowStudio.Core.Lookups;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Lookups;

public static class LookupsServiceCollectionExtensions
{
    /// <summary>Stored lookup tables: the store, and the cached provider the interpreter's LOOKUP reads.</summary>
    public static IServiceCollection AddFlowStudioLookups(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<DbLookupTableProvider>();
        services.AddSingleton<ILookupTableProvider>(sp => sp.GetRequiredService<DbLookupTableProvider>());
        services.AddSingleton<LookupTableStore>();
        services.AddHostedService<LookupTableRefresher>();
        return services;
    }
}
