using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Designer;

public sealed class FlowClipboardTests
{
    private static FlowClipboard For(DesignerClipboardStore store, string userId) =>
        new(store, new FixedAuthenticationStateProvider(FixedAuthenticationStateProvider.Person(userId, $"{userId}@example.test", "Designer")), TimeProvider.System);

    [Fact]
    public async Task CopyAsync_OneTab_PastesInAnotherTabOfTheSamePerson()
    {
        var store = new DesignerClipboardStore();
        var firstTab = For(store, "dana");
        var secondTab = For(store, "dana");

        await firstTab.CopyAsync(DesignerTestFlows.Load(), ["check", "pay"]);

        var content = (await secondTab.GetAsync()).ShouldNotBeNull();
        content.Nodes.Select(n => n.Id).ShouldBe(["check", "pay"]);
        content.CopiedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task GetAsync_OtherPerson_SeesNothingOfTheirs()
    {
        var store = new DesignerClipboardStore();
        await For(store, "dana").CopyAsync(DesignerTestFlows.Load(), ["check"]);
        await For(store, "lee").CopyAsync(DesignerTestFlows.Load(), ["pay"]);

        (await For(store, "omar").GetAsync()).ShouldBeNull();
        (await For(store, "dana").GetAsync())!.Nodes.ShouldHaveSingleItem().Id.ShouldBe("check");
        (await For(store, "lee").GetAsync())!.Nodes.ShouldHaveSingleItem().Id.ShouldBe("pay");
    }

    [Fact]
    public async Task CopyAsync_NothingSelected_KeepsThePreviousCopy()
    {
        var store = new DesignerClipboardStore();
        var tab = For(store, "dana");
        await tab.CopyAsync(DesignerTestFlows.Load(), ["check"]);

        (await tab.CopyAsync(DesignerTestFlows.Load(), [])).IsEmpty.ShouldBeTrue();

        (await tab.GetAsync())!.Nodes.ShouldHaveSingleItem().Id.ShouldBe("check");
    }

    [Fact]
    public async Task CopyAsync_Anonymous_StaysInItsOwnTab()
    {
        var store = new DesignerClipboardStore();
        var anonymous = new FixedAuthenticationStateProvider(FixedAuthenticationStateProvider.AnonymousPerson);
        var first = new FlowClipboard(store, anonymous, TimeProvider.System);
        var second = new FlowClipboard(store, anonymous, TimeProvider.System);

        await first.CopyAsync(DesignerTestFlows.Load(), ["check"]);

        (await first.GetAsync()).ShouldNotBeNull();
        (await second.GetAsync()).ShouldBeNull();
    }

    [Fact]
    public void Put_MorePeopleThanTheBound_ForgetsWhoCopiedLongestAgo()
    {
        var store = new DesignerClipboardStore(maxPeople: 3);
        var copy = ClipboardContent.Of(DesignerTestFlows.Load(), ["check"]);
        store.Put("a", copy);
        store.Put("b", copy);
        store.Put("c", copy);
        store.Put("a", copy);

        store.Put("d", copy);

        store.Count.ShouldBe(3);
        store.Get("b").ShouldBeNull();
        store.Get("a").ShouldNotBeNull();
        store.Get("c").ShouldNotBeNull();
        store.Get("d").ShouldNotBeNull();
    }

    [Fact]
    public void Put_TooManyNodes_IsRefusedAndKeepsThePreviousCopy()
    {
        var store = new DesignerClipboardStore();
        var small = ClipboardContent.Of(DesignerTestFlows.Load(), ["check"]);
        store.Put("dana", small);
        var huge = new ClipboardContent(
            [.. Enumerable.Range(0, DesignerClipboardStore.MaxNodes + 1).Select(i => new FlowNode { Id = $"n{i}", Type = NodeTypeKeys.Delay })], []);

        Should.Throw<ArgumentException>(() => store.Put("dana", huge)).Message.ShouldContain($"1 to {DesignerClipboardStore.MaxNodes} nodes");

        store.Get("dana").ShouldBeSameAs(small);
    }
}
