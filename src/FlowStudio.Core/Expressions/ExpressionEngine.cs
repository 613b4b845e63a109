using System.Collections.Immutable;
using System.Collections.Concurrent;
using System.Text;

namespace FlowStudio.Core.Expressions;

/// <summary>
/// Parses (once, cached by text) and evaluates FlowStudio expressions. Thread-safe; meant to be a
/// singleton. See <see cref="ExpressionFunctions"/> for the functions and <see cref="ExpressionScope"/>
/// for what references read.
/// </summary>
public sealed class ExpressionEngine
{
    private readonly ConcurrentDictionary<string, Lazy<ParseOutcome>> _cache = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ExpressionEngine(TimeProvider time, ExpressionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        Settings = settings ?? ExpressionSettings.Default;
    }

    public ExpressionSettings Settings { get; }

    public int CachedCount => _cache.Count;

    /// <exception cref="ExpressionException">The text is not a valid expression; the error says where.</exception>
    public ParsedExpression Parse(string text, ExpressionSite site = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var outcome = _cache.TryGetValue(text, out var cached)
            ? cached.Value
            : _cache.Count < Settings.CacheCapacity
                ? _cache.GetOrAdd(text, key => new Lazy<ParseOutcome>(() => ParseOutcome.Of(key, Settings))).Value
                : ParseOutcome.Of(text, Settings);
        return outcome.Expression ?? throw outcome.Error!.At(site, text, 0);
    }

    /// <exception cref="ExpressionException">Parsing or evaluation failed; the error names node, field, position and cause.</exception>
    public object? Evaluate(string text, ExpressionScope scope, ExpressionSite site = default, CancellationToken cancellationToken = default) =>
        Evaluate(Parse(text, site), scope, site, cancellationToken);

    public object? Evaluate(ParsedExpression expression, ExpressionScope scope, ExpressionSite site = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        var evaluator = new ExpressionEvaluator(expression, scope, Settings, _time, cancellationToken);
        try
        {
            return expression.Root.Accept(evaluator);
        }
        catch (ExpressionException ex)
        {
            throw new ExpressionException(ex.Cause, expression.Text, expression.PositionOf(ex.Node), site, ex);
        }
    }

    /// <summary>Evaluates every <c>{{ }}</c> placeholder of a text field and joins the parts.</summary>
    public string Render(string template, ExpressionScope scope, ExpressionSite site = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!TextTemplate.HasPlaceholders(template))
        {
            return template;
        }

        var parts = ParseTemplateParts(template, site);
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (!part.IsExpression)
            {
                builder.Append(part.Text);
                continue;
            }

            try
            {
                builder.Append(ExpressionValues.ToText(Evaluate(part.Text, scope, site, cancellationToken)));
            }
            catch (ExpressionException ex)
            {
                throw ex.At(site, template, part.Offset);
            }

            if (builder.Length > Settings.MaxTextLength)
            {
                throw new ExpressionException($"The text would be longer than {Settings.MaxTextLength} characters.", template, part.Offset, site);
            }
        }

        return builder.ToString();
    }

    /// <summary>Parses every placeholder of a template, reporting positions in the whole template.</summary>
    /// <exception cref="ExpressionException">A placeholder is malformed; the position is in the whole template.</exception>
    public IReadOnlyList<ParsedExpression> ParseTemplate(string template, ExpressionSite site = default)
    {
        var expressions = new List<ParsedExpression>();
        foreach (var part in ParseTemplateParts(template, site))
        {
            if (!part.IsExpression)
            {
                continue;
            }

            try
            {
                expressions.Add(Parse(part.Text, site));
            }
            catch (ExpressionException ex)
            {
                throw ex.At(site, template, part.Offset);
            }
        }

        return expressions;
    }

    private static ImmutableArray<TemplatePart> ParseTemplateParts(string template, ExpressionSite site)
    {
        try
        {
            return TextTemplate.Parse(template);
        }
        catch (ExpressionException ex)
        {
            throw ex.At(site, template, 0);
        }
    }

    private sealed record ParseOutcome(ParsedExpression? Expression, ExpressionException? Error)
    {
        public static ParseOutcome Of(string text, ExpressionSettings settings)
        {
            try
            {
                return new ParseOutcome(ExpressionParser.Parse(text, settings), null);
            }
            catch (ExpressionException ex)
            {
                return new ParseOutcome(null, ex);
            }
        }
    }
}
