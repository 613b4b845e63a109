using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.ApiTokens;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Triggers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FlowStudio.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "FlowStudio.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "FlowStudio.Migrations.SqlServer";

    /// <summary>Database (provider chosen by configuration), Identity stores, Data Protection keys, audit log, flows, durable runs, triggers, health check.</summary>
    public static IHostApplicationBuilder AddFlowStudioInfrastructure(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = DatabaseOptions.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContextFactory<FlowStudioDbContext>(options => Configure(options, database));

        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services
            .AddIdentityCore<ApplicationUser>(IdentityPolicy.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FlowStudioDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<IUserConfirmation<ApplicationUser>, EnabledUserConfirmation>();

        builder.Services.AddDataProtection()
            .SetApplicationName("FlowStudio")
            .PersistKeysToDbContext<FlowStudioDbContext>()
            .ProtectKeysWithCertificate(KeyEncryptionCertificate.Load(builder.Configuration, database));

        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddScoped<IdentitySeeder>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddSingleton<PersonalAccessTokens>();
        builder.Services.TryAddSingleton<INodeCatalog>(sp => CreateCatalog(sp.GetServices<IConnectorModule>()));
        builder.Services.TryAddSingleton(sp => new ExpressionEngine(sp.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<FlowValidator>();
        builder.Services.AddSingleton<FlowStore>();
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddFlowStudioLookups();
        builder.Services.AddHealthChecks().AddDbContextCheck<FlowStudioDbContext>("database");
        builder.AddFlowStudioRuns(database);
        builder.AddFlowStudioTriggers();
        return builder;
    }

    /// <summary>The built-in node types plus every registered connector module's operations.</summary>
    public static NodeCatalog CreateCatalog(IEnumerable<IConnectorModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var catalog = NodeCatalog.CreateBuiltIn();
        foreach (var operation in modules.SelectMany(m => m.Operations))
        {
            catalog.AddOperation(operation);
        }

        return catalog;
    }

    /// <summary>Applies the provider, connection string and migrations assembly; shared with the design-time factories.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqlitePragmaInterceptor()),
            DatabaseProvider.SqlServer => options
                .UseSqlServer(database.ConnectionString, sql => sql
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unsupported provider {database.Provider}."),
        };
    }
}
