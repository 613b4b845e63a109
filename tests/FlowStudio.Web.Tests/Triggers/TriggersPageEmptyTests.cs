using Bunit;
using FlowStudio.Core.Security;
using FlowStudio.Web.Components.Pages.Triggers;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Triggers;

public sealed class TriggersPageEmptyTests(TriggerScreensApp app) : IClassFixture<TriggerScreensApp>
{
    [Theory]
    [InlineData("webhooks", "webhooks-empty", "Publish a flow whose trigger is a Webhook")]
    [InlineData("schedules", "schedules-empty", "Publish a flow whose trigger is a Schedule")]
    [InlineData("polls", "polls-empty", "Publish a flow whose trigger is a Poll")]
    public async Task Tab_NothingPublished_ExplainsHowATriggerAppears(string tab, string testId, string explanation)
    {
        await using var context = new TriggerScreenContext(app.Services, FixedAuthenticationStateProvider.Person("u1", "viewer@flowstudio.local", Roles.Viewer));
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/triggers?tab={tab}");

        var page = context.Render<TriggersPage>();

        page.WaitForAssertion(() => page.Find($"[data-testid={testId}]").TextContent.ShouldContain(explanation));
    }
}
