using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Tests.Execution;
using FlowStudio.Engine.Tests.TestSupport;

namespace FlowStudio.Engine.Tests.Memory;

public sealed class ForEachMemoryTests
{
    private const int Items = 100_000;

    // Retaining a step record with its output for every item costs well over 100 bytes per item
    // (two records, two output documents, keys); 100,000 items would hold 30+ MB.
    private const long RetainedBound = 12 * 1024 * 1024;

    // start ──► loop (100,000 streamed items) ─item─► body ─► loop.loop ;  loop ─done─► end
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ForEach_100kStreamedItems_MemoryStaysBounded(int parallelism)
    {
        var source = new SampledStream(Items);
        var engine = new EngineHarness { Streams = source };
        var flow = ForEachTests.SimpleLoop("[trigger.source]", parallelism);
        source.Baseline = Measure();

        var outcome = await engine.StartAsync(flow, """{"source":{"$stream":"rows"}}""");
        var retained = Measure() - source.Baseline;

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        var output = engine.OutputElement("loop");
        output.GetProperty("count").GetInt32().ShouldBe(Items);
        output.GetProperty("results").GetArrayLength().ShouldBe(engine.Options.MaxCollectedResults);
        engine.Steps.Count.ShouldBeLessThan(1_000);
        source.PeakDelta.ShouldBeLessThan(RetainedBound, $"peak while running was {source.PeakDelta:N0} bytes");
        retained.ShouldBeLessThan(RetainedBound, $"retained after the run: {retained:N0} bytes");
        GC.KeepAlive(engine);
    }

    // start ──► loop ([trigger.items], a 100,000-item JSON array walked in place) ─item─► body ─► loop.loop
    [Fact]
    public async Task ForEach_100kJsonArray_Completes()
    {
        var engine = new EngineHarness();
        var trigger = $$"""{"items":[{{string.Join(',', Enumerable.Range(0, Items))}}]}""";

        var outcome = await engine.StartAsync(ForEachTests.SimpleLoop("[trigger.items]"), trigger);

        outcome.Status.ShouldBe(RunStatus.Succeeded);
        engine.OutputElement("loop").GetProperty("count").GetInt32().ShouldBe(Items);
        engine.Output("body", "loop[99]").ShouldBe("""{"n":99}""");
    }

    private static long Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Yields items one by one and measures live memory every 20,000 items.</summary>
    private sealed class SampledStream(int count) : IItemStreamSource
    {
        public long Baseline { get; set; }

        public long PeakDelta { get; private set; }

        public async IAsyncEnumerable<JsonElement> OpenAsync(JsonElement handle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 0; i < count; i++)
            {
                if (i % 20_000 == 19_999)
                {
                    PeakDelta = Math.Max(PeakDelta, Measure() - Baseline);
                }

                yield return JsonValues.Build(i, static (writer, n) =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("row", n);
                    writer.WriteString("sku", "SKU-0000000");
                    writer.WriteEndObject();
                });
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
