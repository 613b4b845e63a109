using Bunit;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Web.Components.Designer;
using FlowStudio.Web.Designer;
using FlowStudio.Web.Tests.Designer.Properties;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FlowStudio.Web.Tests.Designer;

public sealed class FlowSettingsDialogTests
{
    private static readonly FlowSummary Notify = Summary("Notify finance lead");
    private static readonly FlowSummary Archive = Summary("Archive failures");

    private static FlowSummary Summary(string name) => new(Guid.NewGuid(), name, null, [], DateTimeOffset.UnixEpoch, 1, 1, 1);

    private static async Task<(IRenderedComponent<MudDialogProvider> Dialogs, Task<DialogResult?> Result)> OpenAsync(
        PanelTestContext context, FlowMetadata metadata, bool readOnly = false)
    {
        context.Render<MudPopoverProvider>();
        var dialogs = context.Render<MudDialogProvider>();
        var service = context.Services.GetRequiredService<IDialogService>();
        var reference = await dialogs.InvokeAsync(() => service.ShowAsync<FlowSettingsDialog>("Flow settings",
            new DialogParameters<FlowSettingsDialog>
            {
                { d => d.Metadata, metadata },
                { d => d.Candidates, new[] { Archive, Notify } },
                { d => d.ReadOnly, readOnly },
            }));
        dialogs.WaitForElement("[data-testid=flow-settings-dialog]");
        return (dialogs, reference.Result);
    }

    [Fact]
    public async Task Apply_EditedFields_ReturnsTrimmedMetadataWithHandlerById()
    {
        await using var context = new PanelTestContext();
        var (dialogs, result) = await OpenAsync(context, new FlowMetadata { Name = "Reminders", Owner = "ar@example.com" });

        dialogs.Find("input[data-testid=flow-settings-name]").Input("  Overdue invoice reminders ");
        dialogs.Find("textarea[data-testid=flow-settings-description]").Input("Emails each overdue customer.");
        dialogs.Find("input[data-testid=flow-settings-tags]").Input("receivables, reminders, Receivables, ");
        var select = dialogs.FindComponent<MudSelect<string>>();
        await dialogs.InvokeAsync(() => select.Instance.SelectOption(Notify.Id.ToString()));
        await dialogs.Find("[data-testid=flow-settings-apply]").ClickAsync(new());

        var closed = await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        var metadata = closed!.Data.ShouldBeOfType<FlowMetadata>();
        metadata.Name.ShouldBe("Overdue invoice reminders");
        metadata.Description.ShouldBe("Emails each overdue customer.");
        metadata.Tags.ShouldBe(["receivables", "reminders"]);
        metadata.FailureHandler.ShouldBe(Notify.Id.ToString());
        metadata.Owner.ShouldBe("ar@example.com", "fields the dialog does not show are kept");
    }

    [Fact]
    public async Task Apply_EmptyName_SaysWhatIsMissingAndStaysOpen()
    {
        await using var context = new PanelTestContext();
        var (dialogs, result) = await OpenAsync(context, new FlowMetadata { Name = "Reminders" });

        dialogs.Find("input[data-testid=flow-settings-name]").Input("   ");
        await dialogs.Find("[data-testid=flow-settings-apply]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("A flow needs a name"));
        result.IsCompleted.ShouldBeFalse();
        dialogs.FindAll("[data-testid=flow-settings-dialog]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Open_HandlerStoredByName_ShowsThatFlow_AndExplainsWhatItReceives()
    {
        await using var context = new PanelTestContext();
        var (dialogs, result) = await OpenAsync(context, new FlowMetadata { Name = "Reminders", FailureHandler = "Archive failures" });

        dialogs.Find("[data-testid=flow-settings-handler-help]").TextContent.ShouldContain("failed run's details");
        dialogs.FindAll("[data-testid=flow-settings-handler-missing]").ShouldBeEmpty();
        await dialogs.Find("[data-testid=flow-settings-apply]").ClickAsync(new());
        (await result)!.Data.ShouldBeOfType<FlowMetadata>().FailureHandler.ShouldBe(Archive.Id.ToString());
    }

    [Fact]
    public async Task Open_HandlerThatNoLongerExists_WarnsAndCanBeCleared()
    {
        await using var context = new PanelTestContext();
        var (dialogs, result) = await OpenAsync(context, new FlowMetadata { Name = "Reminders", FailureHandler = "Deleted flow" });

        dialogs.Find("[data-testid=flow-settings-handler-missing]").TextContent.ShouldContain("'Deleted flow'");
        var select = dialogs.FindComponent<MudSelect<string>>();
        await dialogs.InvokeAsync(() => select.Instance.ClearAsync());
        await dialogs.Find("[data-testid=flow-settings-apply]").ClickAsync(new());

        (await result)!.Data.ShouldBeOfType<FlowMetadata>().FailureHandler.ShouldBeNull();
    }

    [Fact]
    public async Task Open_ReadOnly_DisablesFieldsAndOffersNoApply()
    {
        await using var context = new PanelTestContext();
        var (dialogs, _) = await OpenAsync(context, new FlowMetadata { Name = "Reminders" }, readOnly: true);

        dialogs.Find("input[data-testid=flow-settings-name]").HasAttribute("disabled").ShouldBeTrue();
        dialogs.FindAll("[data-testid=flow-settings-apply]").ShouldBeEmpty();
    }

    [Fact]
    public void MetadataEdit_InTheDesignerSession_IsOneUndoableStep()
    {
        var session = new DesignerSession(Guid.NewGuid(), DesignerTestFlows.Load(), 1, canEdit: true);
        var before = session.Flow.Metadata;

        session.Edit(session.Flow with { Metadata = before with { Name = "Renamed", FailureHandler = Notify.Id.ToString() } }).ShouldBeTrue();

        session.IsDirty.ShouldBeTrue();
        FlowSerializer.Serialize(session.Flow).ShouldContain(Notify.Id.ToString(), Case.Sensitive, "the handler is saved with the draft");
        var undone = session.Undo()!.Metadata;
        undone.Name.ShouldBe(before.Name);
        undone.FailureHandler.ShouldBe(before.FailureHandler);
        session.IsDirty.ShouldBeFalse();
        session.Redo()!.Metadata.Name.ShouldBe("Renamed");
    }
}
