using FlowStudio.Sandbox.Slack.Api;
using FlowStudio.Sandbox.Slack.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Slack;

public static class SlackSandboxServiceCollectionExtensions
{
    public static IServiceCollection AddSlackSandbox(this IServiceCollection services, Action<SlackSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<SlackSandboxDbContext>((provider, options) =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<SlackSandboxOptions>>().Value.DatabasePath);
            options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        });
        services.AddSingleton<SlackSandboxStore>();
        services.AddSingleton<SlackRateLimiter>();
        services.AddSingleton<SlackFaultInjector>();
        services.AddHostedService<SlackSandboxInitializer>();
        return services;
    }
}
