using System.Security.Claims;
using Bunit;
using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Web.Preferences;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Support;

/// <summary>
/// bUnit context for the app shell: MudBlazor, the real authorization policies, and a real SQLite file
/// behind the preferences the layout loads and saves.
/// </summary>
public sealed class ShellContext : BunitContext
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"flowstudio-bunit-{Guid.NewGuid():N}.db");

    /// <param name="user">The signed-in person the real policies judge.</param>
    /// <param name="configure">More services (e.g. a page's stores), registered before the renderer freezes the collection.</param>
    public ShellContext(ClaimsPrincipal user, Action<IServiceCollection, DatabaseOptions>? configure = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddAuthorizationCore(AuthorizationSetup.Configure);
        // bUnit pre-registers a placeholder that throws; the real service must judge the real policies.
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationStateProvider(user));
        Services.AddCascadingAuthenticationState();
        var database = new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={databasePath}", Path.GetTempPath());
        Services.AddDbContextFactory<FlowStudioDbContext>(o => InfrastructureServiceCollectionExtensions.Configure(o, database));
        Services.AddScoped<UserPreferences>();
        configure?.Invoke(Services, database);
        using var db = new FlowStudioDbContext(
            InfrastructureServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<FlowStudioDbContext>(), database).Options as DbContextOptions<FlowStudioDbContext>
            ?? throw new InvalidOperationException("Options type"));
        db.Database.Migrate();

        // Accessing the renderer freezes the service collection, so this comes after every registration.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    public async Task<FlowStudioDbContext> OpenDatabaseAsync() =>
        await Services.GetRequiredService<IDbContextFactory<FlowStudioDbContext>>().CreateDbContextAsync();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }
}
