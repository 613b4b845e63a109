using Bunit;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Web.Components.Pages.Flows;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Flows;

/// <summary>The flows list's status: a draft that never ran, a flow turned off, published, or published with newer changes.</summary>
public sealed class FlowStatusChipTests : IAsyncDisposable
{
    private readonly BunitContext context = new();

    public FlowStatusChipTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();

    [Theory]
    [InlineData(2, null, false, "Draft")]
    [InlineData(2, null, true, "Off · draft v2")]
    [InlineData(1, 1, false, "Published v1")]
    [InlineData(3, 1, false, "v1 published · changes in v3")]
    public void Render_ShowsTheFlowsState(int latest, int? published, bool turnedOff, string expected)
    {
        var flow = new FlowSummary(Guid.NewGuid(), "Invoices", null, [], DateTimeOffset.UnixEpoch, latest, published, 1);

        var chip = context.Render<FlowStatusChip>(p => p.Add(x => x.Flow, flow).Add(x => x.TurnedOff, turnedOff));

        chip.Find(".mud-chip").TextContent.Trim().ShouldBe(expected);
    }
}
