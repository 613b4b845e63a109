using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Auth;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Connections;

/// <summary>
/// The whole app with the Zoho sandbox configured as a data centre (as Development settings do), and the Zoho
/// clients' HTTP going to the app itself in memory: the token exchange and organisation list hit the real sandbox.
/// </summary>
public sealed class ZohoConsentAppFactory : WebApplicationFactory<Program>
{
    public const string AppBase = "http://localhost/";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "flowstudio-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Bootstrap:AdminEmail", FlowStudioAppFactory.AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", FlowStudioAppFactory.AdminPassword);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Sandbox:BaseUrl", AppBase);
        builder.UseSetting($"{ZohoBooksOptions.SectionName}:DataCenters:sandbox:AccountsUrl", "sandbox/zoho-accounts/");
        builder.UseSetting($"{ZohoBooksOptions.SectionName}:DataCenters:sandbox:ApiDomain", "sandbox/zoho/");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ZohoTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
            services.AddHttpClient(ZohoBooksClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
        });
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(AppBase) });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
