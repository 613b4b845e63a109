using System.Text.Json;
using FlowStudio.Core.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FlowStudio.Web.Components.Designer.Properties;

public partial class ExpressionEditor : IAsyncDisposable
{
    private const int ShownCompletions = 8;
    private readonly string inputId = $"expr-{Guid.NewGuid():N}";
    private ElementReference input;
    private IJSObjectReference? module;
    private string text = string.Empty;

    // What the textarea's value attribute renders: changed only by the server (a new Value, an accepted completion,
    // inserted data), never by typing, so a re-render arriving while someone types fast cannot put back older text.
    private string shownText = string.Empty;
    private string? lastValue;
    private string? lastSeen;
    private int caret;
    private int selectionLength;
    private ExpressionCursor? cursor;
    private IReadOnlyList<ExpressionCompletion> completions = [];
    private ExpressionException? error;
    private string? preview;
    private string? previewType;
    private string? previewNote;
    private bool showPicker;
    private bool showFunctions;
    private string? functionFilter;

    [CascadingParameter] private PropertiesContext? Context { get; set; }

    [Parameter] public string? Value { get; set; }

    /// <summary>Raised when a change is complete: on leaving the field, accepting a completion or inserting data.</summary>
    [Parameter] public EventCallback<string> ValueChanged { get; set; }

    [Parameter] public string? Label { get; set; }

    [Parameter] public string? HelperText { get; set; }

    [Parameter] public string? Placeholder { get; set; }

    [Parameter] public bool Required { get; set; }

    [Parameter] public bool ReadOnly { get; set; }

    /// <summary>Text with <c>{{ expression }}</c> placeholders rather than one expression.</summary>
    [Parameter] public bool Template { get; set; }

    [Parameter] public int Lines { get; set; } = 2;

    [Parameter] public string TestId { get; set; } = "expression-editor";

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ExpressionEngine DefaultEngine { get; set; } = default!;

    private bool HasError => error is not null;

    private ExpressionEngine Engine => Context?.Engine ?? DefaultEngine;

    protected override void OnInitialized() => Analyse();

    protected override void OnParametersSet()
    {
        // Only a value new from outside replaces the text; a stale re-render or our own change coming back does not.
        if (Value != lastSeen)
        {
            lastSeen = Value;
            if (Value == lastValue)
            {
                return;
            }

            lastValue = Value;
            text = Value ?? string.Empty;
            shownText = text;
            caret = text.Length;
            Analyse();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && !ReadOnly)
        {
            try
            {
                module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Designer/Properties/ExpressionEditor.razor.js");
            }
            catch (JSException)
            {
                module = null; // Completion then works at the end of the text.
            }

            if (module is not null)
            {
                await AttachKeysAsync();
            }
        }
        else if (revealPending && module is not null)
        {
            await RevealHighlightAsync();
        }
    }

    private async Task OnInputAsync(ChangeEventArgs args)
    {
        text = args.Value as string ?? string.Empty;
        dismissed = false;
        await RefreshCaretAsync();
        Analyse();
    }

    private Task OnCommitAsync(ChangeEventArgs args)
    {
        text = args.Value as string ?? text;
        Analyse();
        return CommitAsync();
    }

    private async Task RefreshCaretAsync()
    {
        (caret, selectionLength) = (text.Length, 0);
        if (module is not null)
        {
            try
            {
                var at = await module.InvokeAsync<int[]?>("caret", input);
                if (at is [var start, var end])
                {
                    (caret, selectionLength) = (Math.Clamp(start, 0, text.Length), Math.Max(0, end - start));
                }
            }
            catch (JSException)
            {
                // Keep the end of the text.
            }
        }

        Suggest();
    }

    private void Suggest()
    {
        var kept = HighlightedLabel();
        cursor = ExpressionAssist.Analyse(text, caret);
        var wanted = !ReadOnly && !Template && (cursor.Kind == ExpressionCursorKind.Reference
            || (cursor.Kind == ExpressionCursorKind.Word && cursor.Prefix.Length > 0));
        completions = wanted
            ? [.. ExpressionAssist.Complete(text, caret, Context?.Paths ?? []).Where(c => c.Label != cursor.Prefix).Take(ShownCompletions)]
            : [];
        KeepHighlight(kept);
    }

    private async Task AcceptAsync(ExpressionCompletion completion)
    {
        highlighted = -1;
        (text, caret) = ExpressionAssist.Apply(text, caret, completion);
        await AfterEditAsync();
    }

    private async Task InsertAsync(string snippet)
    {
        (text, caret) = ExpressionAssist.Insert(text, caret, snippet, selectionLength);
        selectionLength = 0;
        showFunctions = false;
        await AfterEditAsync();
    }

    private async Task AfterEditAsync()
    {
        shownText = text;
        Analyse();
        Suggest();
        await CommitAsync();
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("place", input, caret, text);
            }
            catch (JSException)
            {
                // Focus is a convenience.
            }
        }
    }

    private async Task CommitAsync()
    {
        if (text == (lastValue ?? string.Empty))
        {
            return;
        }

        lastValue = text;
        await ValueChanged.InvokeAsync(text);
    }

    private Task InsertFunctionAsync(ExpressionFunction function) => InsertAsync($"{function.Name}(");

    private void TogglePicker() => showPicker = !showPicker;

    private void ToggleFunctions() => showFunctions = !showFunctions;

    private bool MatchesFilter(ExpressionFunction function) =>
        string.IsNullOrWhiteSpace(functionFilter)
        || function.Name.Contains(functionFilter.Trim(), StringComparison.OrdinalIgnoreCase)
        || function.Description.Contains(functionFilter.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the text and, when every reference has sample data, evaluates it for the preview.</summary>
    private void Analyse()
    {
        (error, preview, previewType, previewNote) = (null, null, null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            previewNote = Required ? "Required: write an expression." : null;
            return;
        }

        if (Template && !TextTemplate.HasPlaceholders(text))
        {
            return;
        }

        try
        {
            var parsed = Template ? Engine.ParseTemplate(text) : [Engine.Parse(text)];
            if (Context is null)
            {
                return;
            }

            var missing = parsed.SelectMany(p => p.References).FirstOrDefault(r => !Context.HasSampleFor(r));
            if (missing is not null)
            {
                previewNote = $"No sample data for [{missing.Path}] yet; run a test or pin a sample to preview.";
                return;
            }

            var value = Template ? Engine.Render(text, Context.PreviewScope) : Engine.Evaluate(parsed[0], Context.PreviewScope);
            preview = Display(value);
            previewType = TypeOf(value);
        }
        catch (ExpressionException ex)
        {
            error = ex;
        }
    }

    internal static string Display(object? value) => value switch
    {
        null => "empty",
        string s => $"\"{s}\"",
        _ => ExpressionValues.ToText(value),
    };

    private static string TypeOf(object? value) => value switch
    {
        null => "empty",
        string => "text",
        bool => "true/false",
        decimal => "number",
        DateOnly => "date",
        JsonElement { ValueKind: JsonValueKind.Array } or IReadOnlyList<object?> => "list",
        JsonElement { ValueKind: JsonValueKind.Object } => "object",
        _ => "value",
    };

    private static string MarkerLine(string expression, int position) =>
        $"{expression}\n{new string(' ', Math.Clamp(position, 0, expression.Length))}^";

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the module.
            }
        }

        GC.SuppressFinalize(this);
    }
}
