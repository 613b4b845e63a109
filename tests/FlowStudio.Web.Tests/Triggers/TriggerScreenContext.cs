using System.Security.Claims;
using Bunit;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Web.Security;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Triggers;

/// <summary>
/// bUnit context for the trigger screens: MudBlazor, the real policies, and the real app's trigger, inbox and flow
/// services (real SQLite, real Quartz scheduler) from <see cref="TriggerScreensApp"/>.
/// </summary>
public sealed class TriggerScreenContext : BunitContext
{
    private static readonly Type[] Shared =
        [typeof(TriggerQueries), typeof(TriggerCommands), typeof(InboxQueries), typeof(InboxRedelivery), typeof(FlowStore), typeof(TriggersOptions), typeof(IConnectionDirectory)];

    public TriggerScreenContext(IServiceProvider app, ClaimsPrincipal user, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddAuthorizationCore(AuthorizationSetup.Configure);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationStateProvider(user));
        Services.AddCascadingAuthenticationState();
        Services.AddSingleton(clock ?? TimeProvider.System);
        Services.AddScoped<CircuitClient>();
        Services.AddScoped<CurrentActor>();
        foreach (var type in Shared)
        {
            Services.AddSingleton(type, _ => app.GetRequiredService(type));
        }

        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>The providers MudBlazor needs for popovers and dialogs; render before the page under test.</summary>
    public IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    public IReadOnlyList<string> Snackbars() =>
        [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];
}
