using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Data;
using FlowStudio.Sandbox.Salesforce.Soql;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>
/// <c>GET /services/data/vXX.X/query?q=SOQL</c> and <c>GET …/query/{locator}</c>: <c>{"totalSize","done","nextRecordsUrl"?,"records"}</c>
/// in batches of <see cref="SalesforceSandboxOptions.QueryBatchSize"/> (or a smaller <c>Sforce-Query-Options: batchSize=n</c>).
/// </summary>
public static class SalesforceQueryEndpoints
{
    public static async Task<IResult> QueryAsync(
        string version,
        string? q,
        HttpContext http,
        SalesforceStore store,
        SalesforceSessions sessions,
        SalesforceQueryCursors cursors,
        TimeProvider time,
        IOptions<SalesforceSandboxOptions> options,
        CancellationToken cancellationToken)
    {
        if (SalesforceGuard.Check(http, version, sessions) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return SalesforceErrors.Error(400, "MALFORMED_QUERY", "A query string has to be specified");
        }

        List<JsonObject> rows;
        try
        {
            var query = SoqlParser.Parse(q);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            rows = new SoqlEvaluator(q, await store.SnapshotAsync(cancellationToken), today, version).Run(query);
        }
        catch (SoqlException ex)
        {
            return SalesforceErrors.Error(400, ex.ErrorCode, ex.Message);
        }

        return Batch(rows, 0, BatchSize(http, options.Value), version, cursors, locator: null);
    }

    public static IResult QueryMore(
        string version,
        string locator,
        HttpContext http,
        SalesforceSessions sessions,
        SalesforceQueryCursors cursors,
        IOptions<SalesforceSandboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(options);
        if (SalesforceGuard.Check(http, version, sessions) is { } refused)
        {
            return refused;
        }

        var dash = locator.LastIndexOf('-');
        if (dash < 0 || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || cursors.Find(locator[..dash]) is not { } rows)
        {
            return SalesforceErrors.Error(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }

        return Batch(rows, offset, BatchSize(http, options.Value), version, cursors, locator[..dash]);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonObject> Batch(List<JsonObject> rows, int offset, int size, string version, SalesforceQueryCursors cursors, string? locator)
    {
        var end = Math.Min(rows.Count, offset + size);
        var body = new JsonObject { ["totalSize"] = rows.Count, ["done"] = end >= rows.Count };
        if (end < rows.Count)
        {
            locator ??= cursors.Open(rows);
            body["nextRecordsUrl"] = $"/services/data/{version}/query/{locator}-{end.ToString(CultureInfo.InvariantCulture)}";
        }

        body["records"] = new JsonArray([.. rows.Skip(offset).Take(end - offset).Select(r => (JsonNode?)r.DeepClone())]);
        return TypedResults.Json(body);
    }

    /// <summary>The configured batch, or a smaller one asked for with <c>Sforce-Query-Options: batchSize=n</c> (200–2,000).</summary>
    private static int BatchSize(HttpContext http, SalesforceSandboxOptions options)
    {
        var size = Math.Max(1, options.QueryBatchSize);
        var header = http.Request.Headers["Sforce-Query-Options"].ToString();
        var asked = header.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("batchSize=", StringComparison.OrdinalIgnoreCase));
        return asked is not null && int.TryParse(asked["batchSize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 200 and <= 2000
            ? Math.Min(size, n)
            : size;
    }
}
