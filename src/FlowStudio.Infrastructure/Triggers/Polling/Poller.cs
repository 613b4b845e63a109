using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Storage;

namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>
/// One poll of a source without usable webhooks: calls the node's list operation through the engine's
/// <see cref="IConnectorInvoker"/> with the watermark in its input, records each record version in the
/// inbox (key <c>id@modified</c>, so a record starts one run per change and never two for the same one),
/// and moves the persisted watermark to the latest change seen. Follows <c>has_more</c> while the
/// watermark advances, up to <see cref="TriggersOptions.MaxPollPages"/> pages.
/// </summary>
internal sealed class Poller(IConnectorInvoker invoker, InboxWriter inbox, TriggerStateStore state, TriggersOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    private static readonly string[] RecordArrays = ["records", "data", "results", "items", "contacts", "suppliers", "transactions"];

    public async Task<PollOutcome> PollAsync(Guid flowId, string nodeId, CancellationToken cancellationToken)
    {
        // One poll of a trigger at a time in this process: "Poll now" and the interval job must not read the same watermark twice.
        var gate = _gates.GetOrAdd($"{flowId:N}:{nodeId}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PollOnceAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PollOutcome> PollOnceAsync(Guid flowId, string nodeId, CancellationToken cancellationToken)
    {
        var row = await state.GetAsync(flowId, nodeId, cancellationToken).ConfigureAwait(false);
        if (row is not { Active: true, Kind: TriggerKind.Poll })
        {
            return new PollOutcome(0, 0, 0, row?.Watermark, "The poll trigger is not active.");
        }

        var startedAt = clock.GetUtcNow();
        if (!PollSettings.TryParse(NodeConfig.Parse(row.ConfigJson), out var settings, out var invalid))
        {
            await state.FiredAsync(flowId, nodeId, startedAt, 0, invalid, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new PollOutcome(0, 0, 0, row.Watermark, invalid);
        }

        var (watermark, records, runs, pages) = (row.Watermark, 0, 0, 0);
        string? error = null;
        while (pages < options.MaxPollPages)
        {
            pages++;
            var page = await ReadPageAsync(flowId, nodeId, settings, Watermarks.Back(watermark, settings.Lookback), pages, cancellationToken).ConfigureAwait(false);
            if (page.Error is not null)
            {
                error = page.Error;
                break;
            }

            var items = Items(settings, page.Records, out var latest);
            records += items.Count;
            if (items.Count > 0)
            {
                var results = await inbox.RecordAsync(new InboxDelivery(flowId, nodeId, TriggerKind.Poll, items)
                {
                    ContentType = "application/json",
                    StartedBy = "poll",
                    RecordDuplicates = false,
                }).ConfigureAwait(false);
                runs += results.Count(r => r.RunId is not null);
            }

            if (page.Truncated)
            {
                // A newest-first source cut at its item limit: the older changes past the cut were not read, so the
                // watermark stays where it was (what was read is deduplicated when it comes again).
                error = $"{settings.Operation}: more changes than the operation's item limit since {watermark}; raise its max_items (or limit) so one poll reads them all.";
                break;
            }

            var next = Watermarks.Max(watermark, latest);
            var advanced = next != watermark;
            watermark = next;
            if (!page.HasMore || !advanced)
            {
                break;
            }
        }

        await state.FiredAsync(flowId, nodeId, startedAt, runs, error, watermark, cancellationToken).ConfigureAwait(false);
        return new PollOutcome(records, runs, pages, watermark, error);
    }

    private async Task<(IReadOnlyList<JsonElement> Records, bool HasMore, bool Truncated, string? Error)> ReadPageAsync(
        Guid flowId, string nodeId, PollSettings settings, string? watermark, int page, CancellationToken cancellationToken)
    {
        JsonElement input;
        try
        {
            var encoded = JsonEncodedText.Encode(watermark ?? "").ToString();
            input = NodeConfig.Parse(settings.InputTemplate?.Replace("{watermark}", encoded, StringComparison.Ordinal) ?? "{}");
        }
        catch (JsonException ex)
        {
            return ([], false, false, $"input: not valid JSON once the watermark is filled in ({ex.Message}).");
        }

        var call = new ConnectorCall(Guid.Empty, nodeId, settings.Connection, settings.Operation, input, $"poll:{flowId:N}:{nodeId}:{watermark}:{page}", 1);
        var result = await invoker.InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ([], false, false, $"{settings.Operation}: {result.Failure!.Message}");
        }

        var output = result.Output!.Value;
        return (RecordsOf(output), Flag(output, "has_more"), Flag(output, "truncated"), null);
    }

    private static bool Flag(JsonElement output, string name) =>
        output.ValueKind == JsonValueKind.Object && output.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

    private static List<InboxItem> Items(PollSettings settings, IReadOnlyList<JsonElement> records, out string? latest)
    {
        latest = null;
        var read = new List<(string Id, string? Modified, JsonElement Record)>(records.Count);
        foreach (var record in records)
        {
            if (Text(record, settings.IdField) is { } id)
            {
                var modified = settings.CursorField is { } cursor && Text(record, cursor) is { } raw ? Watermarks.Normalize(raw) : null;
                latest = Watermarks.Max(latest, modified);
                read.Add((id, modified, record));
            }
        }

        // Oldest change first whatever order the source lists in (Ramp lists newest first): the inbox reads in change order.
        return [.. read
            .OrderBy(r => r.Modified is null ? null : Watermarks.Instant(r.Modified)).ThenBy(r => r.Modified, StringComparer.Ordinal)
            .Select(r =>
            {
                var json = r.Record.GetRawText();
                return new InboxItem(r.Modified is null ? r.Id : $"{r.Id}@{r.Modified}", "record", Encoding.UTF8.GetBytes(json), json, r.Id);
            })];
    }

    private static IReadOnlyList<JsonElement> RecordsOf(JsonElement output)
    {
        if (output.ValueKind == JsonValueKind.Array)
        {
            return [.. output.EnumerateArray()];
        }

        if (output.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        foreach (var name in RecordArrays)
        {
            if (output.TryGetProperty(name, out var named) && named.ValueKind == JsonValueKind.Array)
            {
                return [.. named.EnumerateArray()];
            }
        }

        return output.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array) is { Value.ValueKind: JsonValueKind.Array } first
            ? [.. first.Value.EnumerateArray()]
            : [];
    }

    private static string? Text(JsonElement record, string field) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
