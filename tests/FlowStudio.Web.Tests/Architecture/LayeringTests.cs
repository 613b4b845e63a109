using System.Reflection;

namespace FlowStudio.Web.Tests.Architecture;

/// <summary>Dependencies point inward (docs/adr/0001-layers.md); project references enforce it and this proves it.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> AllowedReferences() => new()
    {
        { "FlowStudio.Core", [] },
        { "FlowStudio.Engine", ["FlowStudio.Core"] },
        { "FlowStudio.Connectors", ["FlowStudio.Engine", "FlowStudio.Core"] },
        { "FlowStudio.Sandbox", [] },
        { "FlowStudio.Infrastructure", ["FlowStudio.Engine", "FlowStudio.Connectors", "FlowStudio.Core"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void Assembly_ReferencesOnlyInnerLayers(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.Load(assemblyName);

        var flowStudioReferences = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("FlowStudio.", StringComparison.Ordinal));

        flowStudioReferences.ShouldBeSubsetOf(allowed);
    }

    [Theory]
    [InlineData("FlowStudio.Core")]
    [InlineData("FlowStudio.Engine")]
    public void InnerLayers_DoNotReferenceDataOrWebFrameworks(string assemblyName)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldNotContain(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        references.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        references.ShouldNotContain(n => n.StartsWith("Quartz", StringComparison.Ordinal));
    }
}
