using System.Globalization;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Admin.Audit;

public partial class AuditLogPage
{
    private MudTable<AuditEntry>? table;
    private string? text;
    private string? action;
    private string? actor;
    private DateTime? from;
    private DateTime? to;

    [Inject] private AuditLog Audit { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private async Task<TableData<AuditEntry>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var query = new AuditQuery(
            text,
            action,
            actor,
            UtcDays.StartOf(from),
            UtcDays.EndOf(to),
            state.Page * state.PageSize,
            state.PageSize);
        var page = await Audit.SearchAsync(query, cancellationToken);
        return new TableData<AuditEntry> { Items = page.Items, TotalItems = page.Total };
    }

    // The export uses exactly the filters on screen.
    private string ExportUrl
    {
        get
        {
            var query = new Dictionary<string, string?>
            {
                ["text"] = text,
                ["action"] = action,
                ["actor"] = actor,
                ["from"] = UtcDays.StartOf(from)?.ToString("O", CultureInfo.InvariantCulture),
                ["to"] = UtcDays.EndOf(to)?.ToString("O", CultureInfo.InvariantCulture),
            };
            return QueryHelpers.AddQueryString("/admin/audit/export", query.Where(p => !string.IsNullOrEmpty(p.Value)));
        }
    }

    private Task OnTextChangedAsync(string? value) => ReloadWith(() => text = value);

    private Task OnActionChangedAsync(string? value) => ReloadWith(() => action = value);

    private Task OnActorChangedAsync(string? value) => ReloadWith(() => actor = value);

    private Task OnFromChangedAsync(DateTime? value) => ReloadWith(() => from = value);

    private Task OnToChangedAsync(DateTime? value) => ReloadWith(() => to = value);

    private Task ReloadWith(Action apply)
    {
        apply();
        return table?.ReloadServerData() ?? Task.CompletedTask;
    }

    private async Task OpenAsync(TableRowClickEventArgs<AuditEntry> args)
    {
        if (args.Item is null)
        {
            return;
        }

        var parameters = new DialogParameters<AuditEntryDialog> { { d => d.Entry, args.Item } };
        await Dialogs.ShowAsync<AuditEntryDialog>(args.Item.Summary, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseButton = true });
    }
}
