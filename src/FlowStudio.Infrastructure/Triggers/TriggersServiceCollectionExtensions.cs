using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Webhook;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Triggers.Activation;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Polling;
using FlowStudio.Infrastructure.Triggers.Schedules;
using FlowStudio.Infrastructure.Triggers.Storage;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowStudio.Infrastructure.Triggers;

public static class TriggersServiceCollectionExtensions
{
    /// <summary>
    /// Webhook ingress with the durable inbox, schedules and polls on Quartz, activation on publish and at
    /// start-up (when <c>Runs:Enabled</c>, with the inbox purge), the inbox and trigger queries, and the Webhook connector module.
    /// Needs <see cref="RunsServiceCollectionExtensions.AddFlowStudioRuns"/> first.
    /// </summary>
    public static IHostApplicationBuilder AddFlowStudioTriggers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TriggersOptions.FromConfiguration(builder.Configuration));
        services.AddConnectorModule<WebhookConnectorModule>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<HookDirectory>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<TriggerStateStore>();
        services.AddSingleton<TriggerScheduler>();
        services.AddSingleton<ScheduleFirer>();
        services.AddSingleton<Poller>();
        services.AddTransient<ScheduleTriggerJob>();
        services.AddTransient<PollTriggerJob>();
        services.AddSingleton(sp => new WebhookIngress(
            sp.GetRequiredService<HookDirectory>(), sp.GetRequiredService<WebhookSecrets>(), sp.GetRequiredService<InboxWriter>(),
            sp.GetRequiredService<TriggersOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TriggerSynchronizer(
            sp.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>(), sp.GetRequiredService<TriggerScheduler>(),
            sp.GetRequiredService<HookDirectory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TriggerQueries(sp.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>(), sp.GetRequiredService<TriggerScheduler>()));
        services.AddSingleton(sp => new TriggerCommands(
            sp.GetRequiredService<TriggerStateStore>(), sp.GetRequiredService<TriggerScheduler>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<Poller>()));
        services.AddSingleton(sp => new InboxQueries(sp.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>()));
        services.AddSingleton(sp => new InboxRedelivery(
            sp.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>(), sp.GetRequiredService<RunLauncher>(),
            sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFlowPublicationObserver, TriggerPublicationObserver>();
        services.AddSingleton<InboxRetention>();
        if (RunsOptions.FromConfiguration(builder.Configuration).Enabled)
        {
            services.AddHostedService<TriggerReconciliation>();
            services.AddHostedService<InboxPurgeService>();
        }

        return builder;
    }
}
