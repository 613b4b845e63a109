using System.Xml;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Builds the request from config (URL placeholders, headers, body) and sends it through <see cref="IHttpRequestSender"/>.</summary>
public sealed class HttpRequestExecutor(IHttpRequestSender? sender) : INodeExecutor
{
    public async ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (sender is null)
        {
            return NodeResult.Fail(StepError.Permanent("HTTP requests are not available in this engine.", "http.unavailable"));
        }

        var config = context.Node.Config;
        var plan = context.GetPlan(static (node, expressions) => new Plan(
            MappingPlan.From(node, "headers", expressions),
            NodeConfig.GetString(node.Config, "body") is { Length: > 0 } body ? expressions.Parse(body, new ExpressionSite(node.Id, "body")) : null,
            NodeConfig.GetString(node.Config, "timeout") is { } timeout ? XmlConvert.ToTimeSpan(timeout) : null));
        var url = context.Render(NodeConfig.GetString(config, "url") ?? string.Empty, "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}': '{url}' is not an absolute http(s) URL.", "http.url"));
        }

        var method = NodeConfig.GetString(config, "method") ?? "GET";
        var body = plan.Body is { } expression ? JsonValues.ToElement(context.Evaluate(expression, "body")) : (System.Text.Json.JsonElement?)null;
        var call = new HttpRequestCall(context.RunId, context.Node.Id, method, uri, plan.Headers.EvaluateText(context), body, NodeConfig.GetString(config, "connection"), plan.Timeout, context.IdempotencyKey);
        var input = JsonValues.Build(call, static (writer, c) =>
        {
            writer.WriteStartObject();
            writer.WriteString("method", c.Method);
            writer.WriteString("url", c.Url.ToString());
            writer.WritePropertyName("body");
            (c.Body ?? JsonValues.Null).WriteTo(writer);
            writer.WriteEndObject();
        });
        var result = await sender.SendAsync(call, context.CancellationToken).ConfigureAwait(false);
        return result.Failure is { } failure ? NodeResult.Fail(failure, input) : NodeResult.Next(result.Output ?? JsonValues.Null, input: input);
    }

    private sealed record Plan(MappingPlan Headers, ParsedExpression? Body, TimeSpan? Timeout);
}
