using FlowStudio.Infrastructure.Auditing;
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
            from is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f.Date, DateTimeKind.Utc)) : null,
            // "To" is a whole day: include everything up to its last tick.
            to is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t.Date.AddDays(1).AddTicks(-1), DateTimeKind.Utc)) : null,
            state.Page * state.PageSize,
            state.PageSize);
        var page = await Audit.SearchAsync(query, cancellationToken);
        return new TableData<AuditEntry> { Items = page.Items, TotalItems = page.Total };
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
