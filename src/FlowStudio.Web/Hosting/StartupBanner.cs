using FlowStudio.Infrastructure.Identity;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// Prints the first-start admin login straight to the console, never through the logger, so the
/// password does not end up in log files or telemetry (ADR 0004).
/// </summary>
public static class StartupBanner
{
    public static void Print(TextWriter console, BootstrapResult result, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(configuration);
        var line = new string('=', 64);
        console.WriteLine(line);
        console.WriteLine(" FlowStudio");
        if (result.GeneratedPassword is { } password)
        {
            console.WriteLine(" First start: an administrator was created. Sign in with");
            console.WriteLine($"   Email:    {result.AdminEmail}");
            console.WriteLine($"   Password: {password}");
            console.WriteLine(" This password is shown once. Change it under Admin > Users.");
        }
        else if (result.AdminCreated)
        {
            console.WriteLine($" Administrator {result.AdminEmail} created with the password from Bootstrap:AdminPassword.");
        }
        else
        {
            console.WriteLine($" Administrator: {result.AdminEmail} (password was printed on first start).");
        }

        if (configuration.GetValue("Demo:Enabled", false))
        {
            console.WriteLine(" Demo mode is on: demo users for each role are listed in the README.");
        }

        console.WriteLine(line);
        console.Flush();
    }
}
