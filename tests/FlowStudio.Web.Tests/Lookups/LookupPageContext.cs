using System.Security.Claims;
using Bunit;
using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Web.Security;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Lookups;

/// <summary>bUnit context for the lookup tables page: real policies, the real store on a temp SQLite file.</summary>
public sealed class LookupPageContext : BunitContext
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"flowstudio-lookups-{Guid.NewGuid():N}.db");

    public LookupPageContext(ClaimsPrincipal user, Action<IServiceCollection>? configure = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddAuthorizationCore(AuthorizationSetup.Configure);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationStateProvider(user));
        Services.AddCascadingAuthenticationState();
        var database = new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={databasePath}", Path.GetTempPath());
        Services.AddDbContextFactory<FlowStudioDbContext>(o => InfrastructureServiceCollectionExtensions.Configure(o, database));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<DbLookupTableProvider>();
        Services.AddSingleton<LookupTableStore>();
        Services.AddScoped<CircuitClient>();
        Services.AddScoped<CurrentActor>();
        configure?.Invoke(Services);
        using (var db = new FlowStudioDbContext(
            (DbContextOptions<FlowStudioDbContext>)InfrastructureServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<FlowStudioDbContext>(), database).Options))
        {
            db.Database.Migrate();
        }

        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    public LookupTableStore Store => Services.GetRequiredService<LookupTableStore>();

    public async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Action == action).ToListAsync();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }
}
