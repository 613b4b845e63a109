using FlowStudio.Connectors.Coupa;
using FlowStudio.Connectors.Gmail;
using FlowStudio.Connectors.GoogleSheets;
using FlowStudio.Connectors.Salesforce;
using FlowStudio.Connectors.Slack;
using FlowStudio.Connectors.HubSpot;
using FlowStudio.Connectors.Ramp;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Core.Connections;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Sandbox.Coupa;
using FlowStudio.Sandbox.Gmail;
using FlowStudio.Sandbox.GoogleSheets;
using FlowStudio.Sandbox.Salesforce;
using FlowStudio.Sandbox.Slack;
using FlowStudio.Sandbox.HubSpot;
using FlowStudio.Sandbox.Ramp;
using FlowStudio.Sandbox.Shopify;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// Mounts the offline API stand-ins under <c>/sandbox/...</c> when <c>Sandbox:Enabled</c> (default true).
/// Their state lives in its own SQLite file in the data folder; their admin endpoints need <see cref="Policies.Administer"/>.
/// </summary>
public static class SandboxHostingExtensions
{
    private const string EnabledKey = "Sandbox:Enabled";

    public static IHostApplicationBuilder AddFlowStudioSandboxes(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetValue(EnabledKey, true))
        {
            return builder;
        }

        var dataDirectory = DatabaseOptions.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath).DataDirectory;
        builder.Services.AddZohoBooksSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-zoho-books.db");
            builder.Configuration.GetSection("Sandbox:ZohoBooks").Bind(options);
        });
        builder.Services.AddSingleton(ZohoBooksSandboxTemplate());
        builder.Services.AddSlackSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-slack.db");
            builder.Configuration.GetSection("Sandbox:Slack").Bind(options);
        });
        builder.Services.AddSingleton(SlackSandboxTemplate());
        builder.Services.AddGmailSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-gmail.db");
            builder.Configuration.GetSection("Sandbox:Gmail").Bind(options);
        });
        builder.Services.AddSingleton(GmailSandboxTemplate());

        builder.Services.AddStripeSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-stripe.db");
            builder.Configuration.GetSection("Sandbox:Stripe").Bind(options);
        });
        builder.Services.AddSingleton(StripeSandboxTemplate());

        builder.Services.AddShopifySandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-shopify.db");
            builder.Configuration.GetSection("Sandbox:Shopify").Bind(options);
        });
        builder.Services.AddSingleton(ShopifySandboxTemplate());

        builder.Services.AddHubSpotSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-hubspot.db");
            builder.Configuration.GetSection("Sandbox:HubSpot").Bind(options);
        });
        builder.Services.AddSingleton(HubSpotSandboxTemplate());

        builder.Services.AddRampSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-ramp.db");
            builder.Configuration.GetSection("Sandbox:Ramp").Bind(options);
        });
        builder.Services.AddSingleton(RampSandboxTemplate());

        builder.Services.AddGoogleSheetsSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-sheets.db");
            builder.Configuration.GetSection("Sandbox:GoogleSheets").Bind(options);
        });
        builder.Services.AddSingleton(GoogleSheetsSandboxTemplate());
        builder.Services.AddSalesforceSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-salesforce.db");
            builder.Configuration.GetSection("Sandbox:Salesforce").Bind(options);
        });
        builder.Services.AddSingleton(SalesforceSandboxTemplate());
        builder.Services.AddCoupaSandbox(options =>
        {
            options.DatabasePath = Path.Combine(dataDirectory, "sandbox-coupa.db");
            builder.Configuration.GetSection("Sandbox:Coupa").Bind(options);
        });
        builder.Services.AddSingleton(CoupaSandboxTemplate());
        return builder;
    }

    /// <summary>The one-click sandbox connection: the sandbox's demo OAuth client and organisation.</summary>
    private static SandboxConnectionTemplate ZohoBooksSandboxTemplate() => new(
        "zoho-books",
        "Zoho Books sandbox",
        new Dictionary<string, string>
        {
            [ZohoBooksConnectionSettings.DataCenter] = "com",
            [ZohoBooksConnectionSettings.ClientId] = ZohoSandboxDemo.ClientId,
            [ZohoBooksConnectionSettings.OrganizationId] = ZohoSandboxDemo.OrganizationId,
        },
        new Dictionary<string, string>
        {
            [ZohoBooksConnectionSettings.ClientSecret] = ZohoSandboxDemo.ClientSecret,
            [ZohoBooksConnectionSettings.RefreshToken] = ZohoSandboxDemo.RefreshToken,
        });

    /// <summary>The demo workspace's bot token and incoming webhook (its path is mapped under the sandbox).</summary>
    private static SandboxConnectionTemplate SlackSandboxTemplate() => new(
        SlackConnectionSettings.Connector,
        "Slack sandbox",
        new Dictionary<string, string> { [SlackConnectionSettings.DefaultChannel] = "#finance-alerts" },
        new Dictionary<string, string>
        {
            [SlackConnectionSettings.BotToken] = SlackSandboxDemo.BotToken,
            [SlackConnectionSettings.WebhookUrl] = "https://hooks.slack.com/" + SlackSandboxDemo.WebhookPath,
        });

    private static SandboxConnectionTemplate GmailSandboxTemplate() => new(
        GmailConnectionSettings.Connector,
        "Gmail sandbox",
        new Dictionary<string, string>
        {
            [GmailConnectionSettings.ClientId] = GmailSandboxDemo.ClientId,
            [GmailConnectionSettings.FromAddress] = GmailSandboxDemo.EmailAddress,
            [GmailConnectionSettings.FromName] = "FlowStudio Demo Finance",
        },
        new Dictionary<string, string>
        {
            [GmailConnectionSettings.ClientSecret] = GmailSandboxDemo.ClientSecret,
            [GmailConnectionSettings.RefreshToken] = GmailSandboxDemo.RefreshToken,
        });

    /// <summary>The one-click Stripe sandbox connection: the demo secret key and webhook signing secret.</summary>
    private static SandboxConnectionTemplate StripeSandboxTemplate() => new(
        StripeOperations.Connector,
        "Stripe sandbox",
        new Dictionary<string, string> { [StripeConnectionSettings.ApiVersion] = StripeSandboxDemo.ApiVersion },
        new Dictionary<string, string>
        {
            [StripeConnectionSettings.SecretKey] = StripeSandboxDemo.SecretKey,
            [StripeConnectionSettings.WebhookSigningSecret] = StripeSandboxDemo.WebhookSigningSecret,
        });

    /// <summary>The one-click Shopify sandbox connection: the demo shop, its access token and the app secret that signs webhooks.</summary>
    private static SandboxConnectionTemplate ShopifySandboxTemplate() => new(
        ShopifyOperations.Connector,
        "Shopify sandbox",
        new Dictionary<string, string>
        {
            [ShopifyConnectionSettings.ShopDomain] = ShopifySandboxDemo.ShopDomain,
            [ShopifyConnectionSettings.ApiVersion] = ShopifySandboxDemo.ApiVersion,
        },
        new Dictionary<string, string>
        {
            [ShopifyConnectionSettings.AccessToken] = ShopifySandboxDemo.AccessToken,
            [ShopifyConnectionSettings.WebhookSigningSecret] = ShopifySandboxDemo.WebhookSigningSecret,
        });

    /// <summary>The one-click HubSpot sandbox connection: the demo private-app token and the client secret that signs v3 webhooks.</summary>
    private static SandboxConnectionTemplate HubSpotSandboxTemplate() => new(
        HubSpotOperations.Connector,
        "HubSpot sandbox",
        new Dictionary<string, string>(),
        new Dictionary<string, string>
        {
            [HubSpotConnectionSettings.AccessToken] = HubSpotSandboxDemo.AccessToken,
            [HubSpotConnectionSettings.WebhookSigningSecret] = HubSpotSandboxDemo.ClientSecret,
        });

    /// <summary>The one-click Ramp sandbox connection: the demo Developer API client and webhook signing secret.</summary>
    private static SandboxConnectionTemplate RampSandboxTemplate() => new(
        RampOperations.Connector,
        "Ramp sandbox",
        new Dictionary<string, string> { [RampConnectionSettings.ClientId] = RampSandboxDemo.ClientId },
        new Dictionary<string, string>
        {
            [RampConnectionSettings.ClientSecret] = RampSandboxDemo.ClientSecret,
            [RampConnectionSettings.WebhookSigningSecret] = RampSandboxDemo.WebhookSigningSecret,
        });

    /// <summary>The demo Google account's OAuth client, with the seeded "Finance ledger" as default spreadsheet.</summary>
    private static SandboxConnectionTemplate GoogleSheetsSandboxTemplate() => new(
        GoogleSheetsConnectionSettings.Connector,
        "Google Sheets sandbox",
        new Dictionary<string, string>
        {
            [GoogleSheetsConnectionSettings.ClientId] = GoogleSheetsSandboxDemo.ClientId,
            [GoogleSheetsConnectionSettings.DefaultSpreadsheetId] = GoogleSheetsSandboxDemo.LedgerSpreadsheetId,
        },
        new Dictionary<string, string>
        {
            [GoogleSheetsConnectionSettings.ClientSecret] = GoogleSheetsSandboxDemo.ClientSecret,
            [GoogleSheetsConnectionSettings.RefreshToken] = GoogleSheetsSandboxDemo.RefreshToken,
        });

    /// <summary>The demo org's connected app; the login URL comes from the sandbox address, the API base from instance_url.</summary>
    private static SandboxConnectionTemplate SalesforceSandboxTemplate() => new(
        SalesforceConnectionSettings.Connector,
        "Salesforce sandbox",
        new Dictionary<string, string>
        {
            [SalesforceConnectionSettings.ClientId] = SalesforceSandboxDemo.ClientId,
            [SalesforceConnectionSettings.ApiVersion] = SalesforceSandboxDemo.ApiVersion,
        },
        new Dictionary<string, string>
        {
            [SalesforceConnectionSettings.ClientSecret] = SalesforceSandboxDemo.ClientSecret,
            [SalesforceConnectionSettings.RefreshToken] = SalesforceSandboxDemo.RefreshToken,
        });

    /// <summary>The demo instance's OAuth client (client credentials); the instance URL comes from the sandbox address.</summary>
    private static SandboxConnectionTemplate CoupaSandboxTemplate() => new(
        CoupaConnectionSettings.Connector,
        "Coupa sandbox",
        new Dictionary<string, string>
        {
            [CoupaConnectionSettings.ClientId] = CoupaSandboxDemo.ClientId,
            [CoupaConnectionSettings.Scopes] = CoupaConnectionSettings.DefaultScopes,
        },
        new Dictionary<string, string> { [CoupaConnectionSettings.ClientSecret] = CoupaSandboxDemo.ClientSecret });

    public static WebApplication MapFlowStudioSandboxes(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue(EnabledKey, true))
        {
            app.MapZohoBooksSandbox(Policies.Administer);
            app.MapSlackSandbox(Policies.Administer);
            app.MapGmailSandbox(Policies.Administer);
            app.MapStripeSandbox(Policies.Administer);
            app.MapShopifySandbox(Policies.Administer);
            app.MapHubSpotSandbox(Policies.Administer);
            app.MapRampSandbox(Policies.Administer);
            app.MapGoogleSheetsSandbox(Policies.Administer);
            app.MapSalesforceSandbox(Policies.Administer);
            app.MapCoupaSandbox(Policies.Administer);
        }

        return app;
    }
}
