using FlowStudio.Core.Expressions;
using FlowStudio.Core.Lookups;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Runs.Approvals;
using FlowStudio.Infrastructure.Runs.FollowUps;
using FlowStudio.Infrastructure.Runs.Scheduling;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace FlowStudio.Infrastructure.Runs;

public static class RunsServiceCollectionExtensions
{
    /// <summary>
    /// Durable execution: the EF run store, the interpreter on it, run commands and queries, Quartz for
    /// timers, and (unless <c>Runs:Enabled</c> is false) the workers. Connectors register their
    /// <see cref="IConnectorInvoker"/> (and HTTP, sub-flow, stream services) to be picked up here.
    /// </summary>
    public static IHostApplicationBuilder AddFlowStudioRuns(this IHostApplicationBuilder builder, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        var options = RunsOptions.FromConfiguration(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddSingleton(builder.Configuration.GetSection("Runs:Engine").Get<EngineOptions>() ?? EngineOptions.Default);
        services.TryAddSingleton<IConnectorInvoker, UnavailableConnectorInvoker>();

        services.AddSingleton<RunQueueSignal>();
        services.AddSingleton<RunChanges>();
        services.AddSingleton<RunWriteQueue>();
        services.AddSingleton<ActiveRuns>();
        services.AddSingleton<EfRunStore>();
        services.AddSingleton<IRunStore>(sp => sp.GetRequiredService<EfRunStore>());
        services.AddSingleton<RunTimers>();
        services.AddSingleton<IRetryScheduler, QuartzRetryScheduler>();
        services.AddSingleton<RunClaims>();
        services.AddSingleton<RunCancellations>();
        services.AddSingleton<FlowDefinitions>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton(sp => new FlowInterpreter(
            sp.GetRequiredService<IRunStore>(),
            NodeExecutorRegistry.CreateBuiltIn(
                sp.GetRequiredService<IConnectorInvoker>(),
                sp.GetService<IHttpRequestSender>(),
                sp.GetService<ISubFlowRunner>(),
                sp.GetService<IItemStreamSource>()),
            sp.GetRequiredService<ExpressionEngine>(),
            sp.GetRequiredService<IRetryScheduler>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<EngineOptions>(),
            sp.GetService<ILookupTableProvider>()));
        services.AddSingleton(sp => new RunLauncher(
            sp.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>(),
            sp.GetRequiredService<RunWriteQueue>(),
            sp.GetRequiredService<RunQueueSignal>(),
            sp.GetRequiredService<RunCancellations>(),
            sp.GetRequiredService<RunTimers>(),
            sp.GetRequiredService<RunChanges>(),
            sp.GetRequiredService<AuditLog>(),
            options,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RunQueries>();
        services.AddSingleton<RunOutputs>();
        services.AddSingleton<ApprovalInbox>();
        services.TryAddSingleton<ISubFlowRunner, SubFlowRunner>();
        services.AddSingleton<RunFollowUps>();

        services.AddQuartz(QuartzProperties.For(database, builder.Configuration), quartz => quartz
            .AddJob<ResumeRunJob>(job => job.WithIdentity(ResumeRunJob.Key).StoreDurably()));
        if (options.Enabled)
        {
            services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
            services.AddHostedService<RunDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<RunFollowUps>());
        }

        return builder;
    }
}
