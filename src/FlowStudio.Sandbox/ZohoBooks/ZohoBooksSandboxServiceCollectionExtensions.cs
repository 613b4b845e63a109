using FlowStudio.Sandbox.ZohoBooks.Auth;
using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Faults;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks;

public static class ZohoBooksSandboxServiceCollectionExtensions
{
    public static IServiceCollection AddZohoBooksSandbox(this IServiceCollection services, Action<ZohoSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<ZohoSandboxDbContext>((provider, options) =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<ZohoSandboxOptions>>().Value.DatabasePath);
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        });
        services.AddSingleton<ZohoFaultInjector>();
        services.AddSingleton<ZohoRateLimiter>();
        services.AddSingleton<ZohoWriteGate>();
        services.AddScoped<ZohoTokenService>();
        services.AddScoped<ZohoSandboxStore>();
        services.AddHostedService<ZohoSandboxInitializer>();
        return services;
    }
}
