using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

/// <summary>What a node executor decided. Build one with the static factories.</summary>
public sealed class NodeResult
{
    private NodeResult(NodeResultKind kind) => Kind = kind;

    public NodeResultKind Kind { get; }

    public JsonElement? Output { get; private init; }

    public string? Port { get; private init; }

    /// <summary>What the step worked on (evaluated config), stored as the step's input snapshot.</summary>
    public JsonElement? Input { get; private init; }

    public StepError? Error { get; private init; }

    public Bookmark? Wait { get; private init; }

    /// <summary>When the interpreter should ask for a resume without anyone resolving the bookmark.</summary>
    public DateTimeOffset? ResumeAt { get; private init; }

    public IAsyncEnumerable<JsonElement>? Items { get; private init; }

    public int Parallelism { get; private init; } = 1;

    public static NodeResult Next(JsonElement output, string port = PortNames.Out, JsonElement? input = null) =>
        new(NodeResultKind.Continue) { Output = output, Port = port, Input = input };

    public static NodeResult Fail(StepError error, JsonElement? input = null) =>
        new(NodeResultKind.Failure) { Error = error, Input = input };

    public static NodeResult Park(Bookmark wait, DateTimeOffset? resumeAt, JsonElement? input = null) =>
        new(NodeResultKind.Wait) { Wait = wait, ResumeAt = resumeAt, Input = input };

    public static NodeResult Halt(JsonElement? output = null) =>
        new(NodeResultKind.Stop) { Output = output };

    public static NodeResult Loop(IAsyncEnumerable<JsonElement> items, int parallelism, JsonElement? input = null) =>
        new(NodeResultKind.Loop) { Items = items, Parallelism = Math.Max(1, parallelism), Input = input };
}
