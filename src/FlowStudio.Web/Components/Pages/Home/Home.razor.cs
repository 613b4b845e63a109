using System.Reflection;
using System.Security.Claims;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Home;

/// <summary>Shows only what exists: platform state for everyone, people and activity for admins.</summary>
public partial class Home
{
    private const int ChartDays = 14;

    private string displayName = "";
    private string role = "";
    private string roleDescription = "";
    private string databaseProvider = "";
    private string healthStatus = "checking";
    private bool healthy;
    private readonly string version =
        typeof(Home).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev";
    private List<(string Role, int Count)> usersByRole = [];
    private int disabledUsers;
    private int lockedUsers;
    private List<ChartSeries<double>> signInSeries = [];
    private string[] signInLabels = [];
    private readonly StackedBarChartOptions signInChartOptions = new() { ShowValues = true, ShowZeroValues = false };
    private IReadOnlyList<AuditEntry> recentActivity = [];

    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private HealthCheckService Health { get; set; } = default!;
    [Inject] private DatabaseOptions Database { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        role = user.FindFirstValue(ClaimTypes.Role) ?? "no role";
        roleDescription = Roles.All.Contains(role) ? Roles.Describe(role) : "ask an administrator for a role";
        displayName = (userId is null ? null : (await Users.FindByIdAsync(userId))?.DisplayName) ?? user.Identity?.Name ?? "";
        databaseProvider = Database.Provider.ToString();

        var report = await Health.CheckHealthAsync();
        healthy = report.Status == HealthStatus.Healthy;
        healthStatus = report.Status.ToString();

        if ((await Authorization.AuthorizeAsync(user, Policies.Administer)).Succeeded)
        {
            await LoadAdminViewAsync();
        }
        else
        {
            recentActivity = (await Audit.SearchAsync(new AuditQuery(Actor: userId, Action: AuditActions.SignInSucceeded, Take: 5))).Items;
        }
    }

    private async Task LoadAdminViewAsync()
    {
        usersByRole = [];
        foreach (var roleName in Roles.All)
        {
            usersByRole.Add((roleName, (await Users.GetUsersInRoleAsync(roleName)).Count));
        }

        var now = Clock.GetUtcNow();
        disabledUsers = await Users.Users.CountAsync(u => u.IsDisabled);
        lockedUsers = (await Users.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync())
            .Count(end => end > now);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = new DateTimeOffset(today.AddDays(1 - ChartDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var succeeded = await Audit.CountPerDayAsync(AuditActions.SignInSucceeded, since);
        var failed = await Audit.CountPerDayAsync(AuditActions.SignInFailed, since);
        var days = Enumerable.Range(0, ChartDays).Select(i => today.AddDays(i + 1 - ChartDays)).ToList();
        signInLabels = days.Select(d => d.ToString(d.Day == 1 || d == days[0] ? "d MMM" : "%d", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        signInSeries =
        [
            new() { Name = "Succeeded", Data = new ChartData<double>(days.Select(d => (double)succeeded.GetValueOrDefault(d)).ToArray()) },
            new() { Name = "Failed", Data = new ChartData<double>(days.Select(d => (double)failed.GetValueOrDefault(d)).ToArray()) },
        ];
        recentActivity = (await Audit.SearchAsync(new AuditQuery(Take: 8))).Items;
    }
}
