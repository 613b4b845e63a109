using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Tests.Flows;

public class FlowVersionTests
{
    private static readonly FlowDefinition Definition = new() { Metadata = new FlowMetadata { Name = "v" } };
    private static readonly DateTimeOffset Noon = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Draft_WithDefinition_ReplacesDefinition()
    {
        var changed = Definition with { Metadata = new FlowMetadata { Name = "changed" } };

        var draft = FlowVersion.Draft(1, Definition).WithDefinition(changed);

        draft.Definition.ShouldBeSameAs(changed);
        draft.Status.ShouldBe(FlowVersionStatus.Draft);
        draft.PublishedAt.ShouldBeNull();
    }

    [Fact]
    public void Publish_Draft_RecordsWhenAndWho()
    {
        var published = FlowVersion.Draft(3, Definition).Publish(Noon, "ana");

        published.IsPublished.ShouldBeTrue();
        published.Number.ShouldBe(3);
        published.PublishedAt.ShouldBe(Noon);
        published.PublishedBy.ShouldBe("ana");
        published.Definition.ShouldBeSameAs(Definition);
    }

    [Fact]
    public void WithDefinition_Published_Throws()
    {
        var published = FlowVersion.Draft(1, Definition).Publish(Noon, "ana");

        Should.Throw<InvalidOperationException>(() => published.WithDefinition(Definition)).Message.ShouldContain("published");
    }

    [Fact]
    public void Publish_AlreadyPublished_Throws()
    {
        var published = FlowVersion.Draft(1, Definition).Publish(Noon, "ana");

        Should.Throw<InvalidOperationException>(() => published.Publish(Noon.AddDays(1), "bob"));
    }

    [Fact]
    public void NextDraft_Published_StartsNumberedDraft()
    {
        var next = FlowVersion.Draft(1, Definition).Publish(Noon, "ana").NextDraft();

        next.Number.ShouldBe(2);
        next.Status.ShouldBe(FlowVersionStatus.Draft);
        next.Definition.ShouldBeSameAs(Definition);
    }

    [Fact]
    public void FlowVersion_PublicSurface_HasNoSetters()
    {
        typeof(FlowVersion).GetProperties().ShouldAllBe(p => p.SetMethod == null || !p.SetMethod.IsPublic);
        typeof(FlowVersion).GetConstructors().ShouldBeEmpty();
    }

    [Fact]
    public void Published_WithoutPublisher_Throws()
    {
        Should.Throw<ArgumentException>(() => FlowVersion.Published(1, Definition, Noon, " "));
    }
}
