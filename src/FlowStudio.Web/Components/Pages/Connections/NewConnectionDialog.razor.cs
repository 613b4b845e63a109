using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Connections;

public partial class NewConnectionDialog
{
    private const string ZohoConnector = ZohoBooksOperations.Connector;
    private const string ZohoOrganizationField = ZohoBooksConnectionSettings.OrganizationId;

    /// <summary>Fields a completed Zoho sign-in already settled: shown in the banner or kept server-side.</summary>
    private static readonly HashSet<string> SignedInFields =
        [ZohoBooksConnectionSettings.DataCenter, ZohoBooksConnectionSettings.ClientId, ZohoBooksConnectionSettings.OrganizationId];

    /// <summary>Fields asked before leaving for Zoho's consent page; the rest are chosen after coming back.</summary>
    private static readonly HashSet<string> SignInFields =
        [ZohoBooksConnectionSettings.DataCenter, ZohoBooksConnectionSettings.ClientId, ZohoBooksConnectionSettings.ClientSecret];

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private MudForm? form;
    private bool busy;
    private string connector = "";
    private ZohoConnectWay way = ZohoConnectWay.SignIn;
    private string name = "";
    private IReadOnlyList<KeyValuePair<string, string>> organizations = [];
    private string? organizationError;
    private IReadOnlyList<string> errors = [];

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private ZohoOrganizationLookup OrganizationLookup { get; set; } = default!;
    [Inject] private ZohoConsentService Consent { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter, EditorRequired]
    public required IReadOnlyList<IConnectorModule> Modules { get; set; }

    [Parameter, EditorRequired]
    public required Func<NewConnection, Task<ConnectionCommandResult>> OnSubmit { get; set; }

    /// <summary>Set when the dialog finishes a "Sign in with Zoho": only the organisation, name and limits are left to choose.</summary>
    [Parameter]
    public ZohoSignIn? SignedIn { get; set; }

    private IConnectorModule Module => Modules.First(m => m.Connector == connector);

    private bool IsZoho => connector == ZohoConnector;

    /// <summary>A real Zoho Books connection not yet signed in, where the consent round trip is available: the two ways are offered.</summary>
    private bool OffersSignIn => IsZoho && SignedIn is null && Consent.IsAvailable;

    /// <summary>The person chose "Sign in with Zoho": only what the consent round trip needs is asked now.</summary>
    private bool SigningIn => OffersSignIn && way == ZohoConnectWay.SignIn;

    private IEnumerable<ConnectionFieldDescriptor> VisibleFields =>
        SignedIn is not null ? Module.ConnectionFields.Where(f => !f.IsSecret && !SignedInFields.Contains(f.Key))
        : SigningIn ? Module.ConnectionFields.Where(f => SignInFields.Contains(f.Key))
        : Module.ConnectionFields;

    private string RedirectUri => ZohoConsentService.RedirectUri(new Uri(Navigation.BaseUri)).ToString();

    protected override void OnInitialized()
    {
        ChangeConnector(SignedIn is null ? Modules[0].Connector : ZohoConnector);
        if (SignedIn is not null)
        {
            organizations = SignedIn.Organizations;
            if (organizations.Count == 1)
            {
                values[ZohoOrganizationField] = organizations[0].Key;
            }
        }
    }

    private void ChangeConnector(string key)
    {
        connector = key;
        values.Clear();
        organizations = [];
        organizationError = null;
        foreach (var field in Module.ConnectionFields.Where(f => f.DefaultValue is not null))
        {
            values[field.Key] = field.DefaultValue!;
        }
    }

    private void ChangeWay(ZohoConnectWay chosen)
    {
        way = chosen;
        organizationError = null;
        errors = [];
    }

    private string? ValueOf(string key) => values.TryGetValue(key, out var value) ? value : null;

    private string DataCenterName(string key) =>
        Module.ConnectionFields.FirstOrDefault(f => f.Key == ZohoBooksConnectionSettings.DataCenter)?.Options
            .FirstOrDefault(o => o.Key == key).Value ?? key;

    private async Task FindOrganizationsAsync()
    {
        busy = true;
        var choice = await OrganizationLookup.ListAsync(
            ValueOf(ZohoBooksConnectionSettings.DataCenter) ?? "com", ValueOf(ZohoBooksConnectionSettings.ClientId) ?? "",
            ValueOf(ZohoBooksConnectionSettings.ClientSecret) ?? "", ValueOf(ZohoBooksConnectionSettings.RefreshToken) ?? "");
        busy = false;
        organizations = choice.Organizations;
        organizationError = choice.Error;
        if (organizations.Count == 1)
        {
            values[ZohoOrganizationField] = organizations[0].Key;
        }
    }

    /// <summary>Keeps the client secret server-side and leaves for Zoho's consent page; the callback brings the user back.</summary>
    private async Task SignInWithZohoAsync()
    {
        await form!.ValidateAsync();
        if (!form.IsValid)
        {
            return;
        }

        var start = Consent.Begin(
            await CurrentActor.GetAsync(), ValueOf(ZohoBooksConnectionSettings.DataCenter), ValueOf(ZohoBooksConnectionSettings.ClientId),
            ValueOf(ZohoBooksConnectionSettings.ClientSecret), new Uri(Navigation.BaseUri));
        if (start.AuthorizeUrl is { } url)
        {
            values.Clear();
            Navigation.NavigateTo(url.ToString(), forceLoad: true);
        }
        else
        {
            organizationError = start.Error;
        }
    }

    private async Task SubmitAsync()
    {
        await form!.ValidateAsync();
        if (!form.IsValid)
        {
            return;
        }

        var fields = Module.ConnectionFields;
        var settings = fields.Where(f => !f.IsSecret && !string.IsNullOrWhiteSpace(ValueOf(f.Key))).ToDictionary(f => f.Key, f => values[f.Key]);
        var secrets = fields.Where(f => f.IsSecret && !string.IsNullOrWhiteSpace(ValueOf(f.Key))).ToDictionary(f => f.Key, f => values[f.Key]);
        busy = true;
        var result = await OnSubmit(new NewConnection(name, connector, settings, secrets));
        busy = false;
        if (result.Succeeded)
        {
            values.Clear();
            Dialog.Close(DialogResult.Ok(result.Connection));
        }
        else
        {
            errors = result.Errors;
        }
    }
}
