using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowStudio.Web.Tests.Support;

/// <summary>
/// The whole app in-process on a real SQLite file of its own (a fresh temp directory per factory),
/// with a known admin password and demo users.
/// </summary>
public sealed class FlowStudioAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@flowstudio.local";
    public const string AdminPassword = "Admin-Test-Password-1";

    public string DataDirectory { get; init; } =
        Path.Combine(Path.GetTempPath(), "flowstudio-tests", Guid.NewGuid().ToString("N"));

    /// <summary>When true the data folder outlives the app, so a restart test can start a second app on it.</summary>
    public bool KeepData { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeepData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }
}
