using FlowStudio.Sandbox.Gmail.Api;
using FlowStudio.Sandbox.Gmail.Data;
using FlowStudio.Sandbox.Google;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Gmail;

public static class GmailSandboxServiceCollectionExtensions
{
    public static IServiceCollection AddGmailSandbox(this IServiceCollection services, Action<GmailSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GoogleSandboxTokens>();
        services.TryAddSingleton<GoogleMinuteLimiter>();
        services.AddDbContextFactory<GmailSandboxDbContext>((provider, options) =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<GmailSandboxOptions>>().Value.DatabasePath);
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        });
        services.AddSingleton<GmailMailbox>();
        services.AddSingleton<GmailFaults>();
        services.AddHostedService<GmailSandboxInitializer>();
        return services;
    }
}
