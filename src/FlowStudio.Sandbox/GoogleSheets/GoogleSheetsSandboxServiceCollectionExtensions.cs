using FlowStudio.Sandbox.Google;
using FlowStudio.Sandbox.GoogleSheets.Api;
using FlowStudio.Sandbox.GoogleSheets.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.GoogleSheets;

public static class GoogleSheetsSandboxServiceCollectionExtensions
{
    public static IServiceCollection AddGoogleSheetsSandbox(this IServiceCollection services, Action<GoogleSheetsSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GoogleSandboxTokens>();
        services.TryAddSingleton<GoogleMinuteLimiter>();
        services.AddDbContextFactory<SheetsSandboxDbContext>((provider, options) =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<GoogleSheetsSandboxOptions>>().Value.DatabasePath);
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        });
        services.AddSingleton<SheetsWorkbook>();
        services.AddSingleton<SheetsFaults>();
        services.AddHostedService<SheetsSandboxInitializer>();
        return services;
    }
}
