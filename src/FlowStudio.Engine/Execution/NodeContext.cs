using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

/// <summary>Everything an executor may read about the step it runs. Created per step by the interpreter.</summary>
public sealed class NodeContext
{
    private readonly CompiledNode _node;
    private readonly ScopeState _scope;
    private string? _idempotencyKey;

    internal NodeContext(CompiledNode node, ScopeState scope, RunState run, ExpressionEngine expressions, EngineOptions options, int attempt, BookmarkRecord? bookmark, DateTimeOffset now)
    {
        _node = node;
        _scope = scope;
        RunId = run.RunId;
        Trigger = run.Snapshot.Run.Trigger;
        CancellationToken = run.CancellationToken;
        Expressions = expressions;
        Options = options;
        Attempt = attempt;
        Bookmark = bookmark;
        Now = now;
    }

    public FlowNode Node => _node.Node;

    public Guid RunId { get; }

    /// <summary>Empty outside for-each branches, e.g. <c>loop[3]</c> inside one.</summary>
    public string IterationPath => _scope.IterationPath;

    public int Attempt { get; }

    /// <summary>The bookmark this step made on an earlier pass, with its resolution once resolved.</summary>
    public BookmarkRecord? Bookmark { get; }

    public DateTimeOffset Now { get; }

    public JsonElement Trigger { get; }

    public CancellationToken CancellationToken { get; }

    public ExpressionEngine Expressions { get; }

    public EngineOptions Options { get; }

    public ExpressionScope Scope => _scope.Expression;

    /// <summary>Same for every attempt and resume of this step (run, node, iteration).</summary>
    public string IdempotencyKey => _idempotencyKey ??= IdempotencyKeys.For(RunId, Node.Id, IterationPath);

    /// <summary>The executor's parsed form of this node's config, built once per flow definition.</summary>
    public T GetPlan<T>(Func<FlowNode, ExpressionEngine, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return _node.GetPlan(() => build(_node.Node, Expressions));
    }

    public object? Evaluate(ParsedExpression expression, string fieldKey) =>
        Expressions.Evaluate(expression, Scope, new ExpressionSite(Node.Id, fieldKey), CancellationToken);

    public string Render(string template, string fieldKey) =>
        Expressions.Render(template, Scope, new ExpressionSite(Node.Id, fieldKey), CancellationToken);

    /// <summary>The nodes whose taken port led here, with their outputs, in connection order.</summary>
    public IReadOnlyList<(string NodeId, JsonElement Output)> ActiveSources()
    {
        var sources = new List<(string, JsonElement)>();
        foreach (var connection in _node.Incoming)
        {
            if (_scope.TakenPort(connection.FromNode) == connection.FromPort
                && _scope.Outputs.TryGetValue(connection.FromNode, out var output)
                && !sources.Exists(s => s.Item1 == connection.FromNode))
            {
                sources.Add((connection.FromNode, output));
            }
        }

        return sources;
    }
}
