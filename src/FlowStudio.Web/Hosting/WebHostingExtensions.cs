using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Web.Account;
using FlowStudio.Web.Api;
using FlowStudio.Web.Components;
using FlowStudio.Web.Designer;
using FlowStudio.Web.Hooks;
using FlowStudio.Web.Preferences;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace FlowStudio.Web.Hosting;

public static class WebHostingExtensions
{
    private const string CookieOrTokenScheme = "CookieOrToken";

    /// <summary>Blazor Server with MudBlazor, cookie authentication, the authorization policies and app services.</summary>
    public static IHostApplicationBuilder AddFlowStudioWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Bottom-right, so a message from the page before (or the designer's own "Saved") never covers the
        // top-right toolbars such as the designer's Save / Publish / Test run.
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);

        // Browsers authenticate with the Identity cookie, API clients with "Bearer fsp_..." tokens; one policy
        // scheme picks per request so every endpoint accepts either.
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieOrTokenScheme;
            options.DefaultChallengeScheme = CookieOrTokenScheme;
        });
        authentication.AddPolicyScheme(CookieOrTokenScheme, "Cookie or API token", options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? PersonalAccessTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenAuthenticationHandler>(
            PersonalAccessTokenAuthenticationHandler.SchemeName, configureOptions: null);
        authentication.AddIdentityCookies();
        services.AddOpenApi("v1");
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "FlowStudio.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization(AuthorizationSetup.Configure);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddScoped<CircuitClient>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<SignInService>();
        services.AddScoped<UserPreferences>();
        services.AddSingleton<FlowStudioMetrics>();
        services.AddFlowStudioDesigner();

        services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = builder.Configuration.GetValue("Hosting:ShutdownTimeout", TimeSpan.FromSeconds(30)));
        return builder;
    }

    public static async Task InitializeFlowStudioAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var result = await app.Services.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Lifetime.ApplicationStopping);
        StartupBanner.Print(Console.Out, result, app.Configuration);
    }

    public static WebApplication UseFlowStudioPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            // Browsers get the error page; API callers get a problem+json body they can parse.
            app.UseWhen(context => IsMachineEndpoint(context.Request.Path), api => api.UseExceptionHandler());
            app.UseWhen(context => !IsMachineEndpoint(context.Request.Path), browser => browser.UseExceptionHandler("/error", createScopeForErrors: true));
        }

        // Friendly error pages are for browsers; API, health and sandbox callers keep their status code and body.
        app.UseWhen(
            context => !IsMachineEndpoint(context.Request.Path),
            browser => browser.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapFlowStudioEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapHealthEndpoints();
        app.MapFlowStudioApi();
        app.MapZohoConsentCallback();
        app.MapAuditExport();
        app.MapHookEndpoints();
        app.MapOpenApi("/api/{documentName}/openapi.json").RequireAuthorization(Policies.View);
        return app;
    }

    private static bool IsMachineEndpoint(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/sandbox") || path.StartsWithSegments("/hooks");

    // Browsers are sent to the sign-in page; API and health callers get a status code they can act on.
    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachineEndpoint(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
