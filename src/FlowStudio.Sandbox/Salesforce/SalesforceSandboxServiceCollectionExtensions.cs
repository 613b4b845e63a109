using FlowStudio.Sandbox.Salesforce.Api;
using FlowStudio.Sandbox.Salesforce.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Salesforce;

public static class SalesforceSandboxServiceCollectionExtensions
{
    public static IServiceCollection AddSalesforceSandbox(this IServiceCollection services, Action<SalesforceSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<SalesforceSandboxDbContext>((provider, options) =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<SalesforceSandboxOptions>>().Value.DatabasePath);
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        });
        services.AddSingleton<SalesforceStore>();
        services.AddSingleton<SalesforceSessions>();
        services.AddSingleton<SalesforceQueryCursors>();
        services.AddHostedService<SalesforceSandboxInitializer>();
        return services;
    }
}
