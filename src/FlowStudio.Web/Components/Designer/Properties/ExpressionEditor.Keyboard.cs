using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>
/// Keyboard use of the completion list: arrows move the highlight (wrapping), Enter or Tab accepts it, Escape closes
/// the list until the text changes. The browser half (ExpressionEditor.razor.js) keeps those keys from moving the
/// caret or inserting a line while the list is open; with the list closed every key does what it always does.
/// </summary>
public partial class ExpressionEditor
{
    private readonly string listId = $"expr-list-{Guid.NewGuid():N}";
    private int highlighted = -1;
    private bool dismissed;
    private bool revealPending;

    private string OptionId(int index) => $"{listId}-{index}";

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (completions.Count == 0 || e.CtrlKey || e.AltKey || e.MetaKey)
        {
            return;
        }

        switch (e.Key)
        {
            case "ArrowDown":
                Highlight(highlighted < 0 ? 0 : highlighted + 1);
                break;
            case "ArrowUp":
                Highlight(highlighted < 0 ? completions.Count - 1 : highlighted - 1);
                break;
            case "Enter" or "Tab" when highlighted >= 0 && highlighted < completions.Count:
                await AcceptAsync(completions[highlighted]);
                break;
            case "Escape":
                dismissed = true;
                completions = [];
                highlighted = -1;
                break;
        }
    }

    private Task OnKeyUpAsync(KeyboardEventArgs e) =>
        e.Key is "ArrowDown" or "ArrowUp" && completions.Count > 0 ? Task.CompletedTask : RefreshCaretAsync();

    private void Highlight(int index)
    {
        highlighted = ((index % completions.Count) + completions.Count) % completions.Count;
        revealPending = true;
    }

    /// <summary>After the list is recomputed, the same item stays highlighted if it is still offered.</summary>
    private void KeepHighlight(string? label)
    {
        if (dismissed)
        {
            completions = [];
        }

        highlighted = label is null ? -1 : completions.ToList().FindIndex(c => c.Label == label);
    }

    private string? HighlightedLabel() =>
        highlighted >= 0 && highlighted < completions.Count ? completions[highlighted].Label : null;

    private async Task AttachKeysAsync()
    {
        try
        {
            await module!.InvokeVoidAsync("attach", input);
        }
        catch (JSException)
        {
            // Without the script the list still works by mouse and the keys keep their usual meaning.
        }
    }

    private async Task RevealHighlightAsync()
    {
        revealPending = false;
        try
        {
            await module!.InvokeVoidAsync("reveal", input);
        }
        catch (JSException)
        {
            // Scrolling the highlight into view is a convenience.
        }
    }
}
