using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

public sealed record ZohoResponse(HttpStatusCode Status, JsonNode Body, HttpResponseHeaders Headers)
{
    public int Code => Body["code"]!.GetValue<int>();

    public string Message => Body["message"]!.GetValue<string>();

    public JsonNode this[string key] => Body[key] ?? throw new InvalidOperationException($"No '{key}' in {Body.ToJsonString()}");
}
