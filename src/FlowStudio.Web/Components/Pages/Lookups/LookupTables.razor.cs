using FlowStudio.Core.Lookups;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Lookups;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Lookups;

public partial class LookupTables
{
    private IReadOnlyList<LookupTableSummary> tables = [];
    private EditableLookupTable? editing;
    private IReadOnlyList<LookupProblem> problems = [];
    private IReadOnlyList<LookupProblem> importProblems = [];
    private string? message;
    private bool canEdit;
    private bool confirmDelete;
    private bool importing;
    private bool importReplace;

    [SupplyParameterFromQuery(Name = "table")] public string? TableName { get; set; }

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject] private LookupTableStore Store { get; set; } = default!;

    [Inject] private IAuthorizationService Authorization { get; set; } = default!;

    [Inject] private CurrentActor CurrentActor { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string ExportHref => editing is null
        ? "#"
        : $"data:text/csv;charset=utf-8,{Uri.EscapeDataString(LookupCsvExporter.Export(editing.ToDocument()))}";

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication).User;
        canEdit = (await Authorization.AuthorizeAsync(user, Policies.Design)).Succeeded;
        await LoadListAsync();
        if (!string.IsNullOrWhiteSpace(TableName)
            && tables.FirstOrDefault(t => string.Equals(t.Name, TableName, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            await SelectAsync(named.Id);
        }
    }

    private async Task LoadListAsync() => tables = await Store.ListAsync();

    private async Task SelectAsync(Guid id)
    {
        Reset();
        editing = await Store.GetAsync(id) is { } details
            ? EditableLookupTable.From(details.Summary.Id, details.Summary.Revision, details.Document)
            : null;
        message = editing is null ? "The table was deleted by someone else." : null;
    }

    private void NewTable()
    {
        Reset();
        editing = EditableLookupTable.New();
        editing.AddRow();
    }

    private void OpenImport(bool replace)
    {
        importProblems = [];
        importing = true;
        importReplace = replace;
        if (!replace)
        {
            editing = null;
        }
    }

    private void Reset()
    {
        (problems, message, confirmDelete, importing) = ([], null, false, false);
    }

    private async Task SaveAsync()
    {
        if (editing is null || !canEdit)
        {
            return;
        }

        var actor = await CurrentActor.GetAsync();
        var document = editing.ToDocument();
        var result = editing.Id is { } id
            ? await Store.SaveAsync(id, document, editing.Revision, actor)
            : await Store.CreateAsync(document, actor);
        await ShowAsync(result, $"Saved '{document.Name}'.");
    }

    private async Task DeleteAsync()
    {
        if (editing?.Id is not { } id || !canEdit)
        {
            return;
        }

        var result = await Store.DeleteAsync(id, editing.Revision, await CurrentActor.GetAsync());
        if (result.Succeeded)
        {
            Snackbar.Add($"Deleted '{editing.Name}'.", Severity.Success);
            editing = null;
            Reset();
            await LoadListAsync();
            return;
        }

        message = result.Message;
        confirmDelete = false;
    }

    private async Task ImportAsync(LookupImportRequest request)
    {
        if (!canEdit)
        {
            return;
        }

        var replaceId = importReplace ? editing?.Id : null;
        var name = importReplace && editing is not null ? editing.Name : request.Name;
        var result = await Store.ImportCsvAsync(
            replaceId, name, new StringReader(request.Csv), new LookupTableOptions(request.KeyColumn, request.IgnoreCase, request.DefaultValue),
            importReplace ? editing?.Revision : null, await CurrentActor.GetAsync());
        if (!result.Succeeded)
        {
            importProblems = result.Errors.Count > 0 ? result.Errors : [new LookupProblem(null, null, result.Message ?? "The import failed.")];
            return;
        }

        Snackbar.Add($"Imported {result.Table!.RowCount} rows into '{result.Table.Name}'.", Severity.Success);
        await LoadListAsync();
        await SelectAsync(result.Table.Id);
    }

    private async Task ShowAsync(LookupCommandResult result, string success)
    {
        if (result.Succeeded)
        {
            Snackbar.Add(success, Severity.Success);
            await LoadListAsync();
            await SelectAsync(result.Table!.Id);
            return;
        }

        problems = result.Errors;
        message = result.Message;
    }
}
