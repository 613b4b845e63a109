using FlowStudio.Core.Flows;
using FlowStudio.Web.Components.Designer;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Flows;

public partial class FlowDesigner
{
    /// <summary>Edits name, description, tags and failure handler as one undoable change of the draft (saved with it).</summary>
    private async Task ShowSettingsAsync()
    {
        if (session is null)
        {
            return;
        }

        var candidates = (await Store.ListAsync()).Where(f => f.Id != FlowId).OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var dialog = await Dialogs.ShowAsync<FlowSettingsDialog>("Flow settings",
            new DialogParameters<FlowSettingsDialog>
            {
                { d => d.Metadata, session.Flow.Metadata },
                { d => d.Candidates, candidates },
                { d => d.ReadOnly, session.IsReadOnly },
            },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (session.IsReadOnly || await dialog.Result is not { Canceled: false, Data: FlowMetadata metadata })
        {
            return;
        }

        if (session.Edit(session.Flow with { Metadata = metadata }))
        {
            Validate();
            StateHasChanged();
        }
    }
}
