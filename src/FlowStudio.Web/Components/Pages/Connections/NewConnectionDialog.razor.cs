using FlowStudio.Connectors.Runtime;
using FlowStudio.Infrastructure.Connections;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Connections;

public partial class NewConnectionDialog
{
    private const string ZohoConnector = "zoho-books";
    private const string ZohoOrganizationField = "organizationId";

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private MudForm? form;
    private bool busy;
    private string connector = "";
    private string name = "";
    private IReadOnlyList<KeyValuePair<string, string>> organizations = [];
    private string? organizationError;
    private IReadOnlyList<string> errors = [];

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private ZohoOrganizationLookup OrganizationLookup { get; set; } = default!;

    [Parameter, EditorRequired]
    public required IReadOnlyList<IConnectorModule> Modules { get; set; }

    [Parameter, EditorRequired]
    public required Func<NewConnection, Task<ConnectionCommandResult>> OnSubmit { get; set; }

    private IConnectorModule Module => Modules.First(m => m.Connector == connector);

    private bool IsZoho => connector == ZohoConnector;

    protected override void OnInitialized() => ChangeConnector(Modules[0].Connector);

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

    private string? ValueOf(string key) => values.TryGetValue(key, out var value) ? value : null;

    private async Task FindOrganizationsAsync()
    {
        busy = true;
        var choice = await OrganizationLookup.ListAsync(
            ValueOf("dataCenter") ?? "com", ValueOf("clientId") ?? "", ValueOf("clientSecret") ?? "", ValueOf("refreshToken") ?? "");
        busy = false;
        organizations = choice.Organizations;
        organizationError = choice.Error;
        if (organizations.Count == 1)
        {
            values[ZohoOrganizationField] = organizations[0].Key;
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
