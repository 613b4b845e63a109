using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// Salesforce on the connector contract. A query returns <c>{"records":[…],"count","has_more","total_size","stream"}</c>
/// with Salesforce's field names (<c>attributes</c> left out), so the poll trigger reads <c>Id</c> and <c>SystemModstamp</c>;
/// a for-each over <c>stream</c> follows <c>nextRecordsUrl</c> to the end.
/// </summary>
public sealed partial class SalesforceConnectorModule(SalesforceClientFactory clients, IOptions<SalesforceOptions> options) : IStreamingConnectorModule
{
    public string Connector => SalesforceConnectionSettings.Connector;

    public string DisplayName => "Salesforce";

    public string Category => "CRM";

    public string Icon => "Icons.Material.Filled.Cloud";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => SalesforceOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(SalesforceConnectionSettings.LoginUrl, "Login URL")
        {
            Required = false,
            DefaultValue = "https://login.salesforce.com",
            HelpText = "https://test.salesforce.com for a Salesforce sandbox org, or your My Domain login URL.",
        },
        new(SalesforceConnectionSettings.ClientId, "Consumer key") { HelpText = "From the connected app (Setup › App Manager)." },
        new(SalesforceConnectionSettings.ClientSecret, "Consumer secret") { IsSecret = true },
        new(SalesforceConnectionSettings.RefreshToken, "Refresh token") { IsSecret = true, HelpText = "From the web server flow with scopes api and refresh_token." },
        new(SalesforceConnectionSettings.ApiVersion, "API version") { Required = false, DefaultValue = SalesforceConnectionSettings.DefaultApiVersion },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation.StartsWith(Connector + ".", StringComparison.Ordinal) ? request.Operation[(Connector.Length + 1)..] : string.Empty;
        try
        {
            var input = request.Input.ValueKind == JsonValueKind.Object
                ? request.Input
                : throw new SalesforceInputException("The Salesforce step's input must be an object.");
            if (operation == SalesforceOperations.Query)
            {
                return CallResult.Success(await FirstPageAsync(connection, input, cancellationToken));
            }

            var dot = operation.LastIndexOf('.');
            if (dot < 0 || !SalesforceOperations.Objects.TryGetValue(operation[..dot], out var sobject) || operation[(dot + 1)..] is not ("get" or "update"))
            {
                return CallResult.Failed(StepError.Permanent($"Salesforce has no operation '{request.Operation}'.", "connector.unknown_operation"));
            }

            var id = RecordId(input);
            if (operation.EndsWith(".get", StringComparison.Ordinal))
            {
                var fields = Text(input, "fields") is { } list ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                var record = await Client(connection).GetAsync(sobject, id, fields, cancellationToken);
                return CallResult.Success(WithoutAttributes(record));
            }

            var changes = Changes(input);
            await Client(connection).UpdateAsync(sobject, id, changes, cancellationToken);
            return CallResult.Success(JsonSerializer.SerializeToElement(new { id, updated_fields = changes.EnumerateObject().Select(p => p.Name).ToArray() }));
        }
        catch (SalesforceInputException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "salesforce.invalid_input"));
        }
        catch (SalesforceApiException ex)
        {
            return CallResult.Failed(ex.ToStepError(options.Value.LimitExceededWait));
        }
        catch (InvalidOperationException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "salesforce.connection_invalid"));
        }
    }

    public bool CanStream(string operationKey) => operationKey == $"{Connector}.{SalesforceOperations.Query}";

    public async IAsyncEnumerable<JsonElement> StreamAsync(string operationKey, JsonElement input, ResolvedConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SalesforceClient client;
        string soql;
        try
        {
            client = Client(connection);
            soql = Soql(input);
        }
        catch (Exception ex) when (ex is SalesforceInputException or InvalidOperationException)
        {
            throw new ConnectorStreamException(StepError.Permanent(ex.Message, "salesforce.invalid_input"), ex);
        }

        string? next = null;
        var first = true;
        while (first || next is not null)
        {
            SalesforceQueryPage page;
            try
            {
                page = first ? await client.QueryAsync(soql, cancellationToken) : await client.QueryMoreAsync(next!, cancellationToken);
            }
            catch (SalesforceApiException ex)
            {
                throw new ConnectorStreamException(ex.ToStepError(options.Value.LimitExceededWait), ex);
            }

            first = false;
            next = page.NextRecordsUrl;
            foreach (var record in page.Records)
            {
                yield return WithoutAttributes(record);
            }
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var instance = await Client(connection).CheckAsync(cancellationToken);
            return ConnectionTestResult.Success($"Connected to Salesforce at {instance} (API {SalesforceConnectionSettings.ToConnection(connection).ApiVersion}).");
        }
        catch (SalesforceApiException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    /// <summary>At most <c>limit</c> records, following batches as needed; has_more says whether the query matched more.</summary>
    private async Task<JsonElement> FirstPageAsync(ResolvedConnection connection, JsonElement input, CancellationToken cancellationToken)
    {
        var soql = Soql(input);
        var limit = Limit(input);
        var client = Client(connection);
        var page = await client.QueryAsync(soql, cancellationToken);
        var total = page.TotalSize;
        var records = new List<JsonElement>(page.Records.Select(WithoutAttributes));
        while (records.Count < limit && page.NextRecordsUrl is { } next)
        {
            page = await client.QueryMoreAsync(next, cancellationToken);
            records.AddRange(page.Records.Select(WithoutAttributes));
        }

        var hasMore = records.Count > limit || page.NextRecordsUrl is not null;
        var streamInput = new JsonObject { ["soql"] = soql };
        var output = new JsonObject
        {
            ["records"] = new JsonArray([.. records.Take(limit).Select(r => (JsonNode?)JsonNode.Parse(r.GetRawText()))]),
            ["count"] = Math.Min(limit, records.Count),
            ["has_more"] = hasMore,
            ["total_size"] = total,
            ["stream"] = JsonNode.Parse(new ConnectorStreamHandle(connection.Id, $"{Connector}.{SalesforceOperations.Query}", JsonSerializer.SerializeToElement(streamInput)).ToJson().GetRawText()),
        };
        return JsonSerializer.SerializeToElement(output);
    }

    private SalesforceClient Client(ResolvedConnection connection) => clients.Create(SalesforceConnectionSettings.ToConnection(connection));

    private static string Soql(JsonElement input) =>
        Text(input, "soql") ?? throw new SalesforceInputException("'soql' is required, e.g. SELECT Id, Name FROM Opportunity WHERE IsWon = true.");

    private static int Limit(JsonElement input)
    {
        if (!input.TryGetProperty("limit", out var value) || value.ValueKind is JsonValueKind.Null)
        {
            return SalesforceOperations.DefaultLimit;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= SalesforceOperations.MaxLimit
            ? limit
            : throw new SalesforceInputException($"'limit' must be a whole number from 1 to {SalesforceOperations.MaxLimit}; got '{text}'.");
    }

    private static string RecordId(JsonElement input)
    {
        var id = Text(input, "id") ?? throw new SalesforceInputException("'id' is required (a 15- or 18-character Salesforce id).");
        return IdPattern().IsMatch(id) ? id : throw new SalesforceInputException($"'id' is not a Salesforce id: '{id}' (15 or 18 letters and digits).");
    }

    private static JsonElement Changes(JsonElement input)
    {
        if (!input.TryGetProperty("fields", out var fields) || fields.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new SalesforceInputException("'fields' is required: an object of API names and values, e.g. { \"Invoice_Number__c\": \"INV-000123\" }.");
        }

        if (fields.ValueKind == JsonValueKind.String)
        {
            try
            {
                fields = JsonDocument.Parse(fields.GetString()!).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new SalesforceInputException("'fields' is text that is not JSON; give an object of API names and values.");
            }
        }

        if (fields.ValueKind != JsonValueKind.Object || !fields.EnumerateObject().Any())
        {
            throw new SalesforceInputException("'fields' must be an object with at least one field to set.");
        }

        var nested = fields.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array);
        return nested.Value.ValueKind is JsonValueKind.Undefined
            ? fields
            : throw new SalesforceInputException($"'fields.{nested.Name}' is {(nested.Value.ValueKind == JsonValueKind.Object ? "an object" : "a list")}; a field value must be text, a number, true/false or null.");
    }

    private static string? Text(JsonElement input, string name) =>
        input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    /// <summary>Salesforce's records without their <c>attributes</c> (type and URL), at every level.</summary>
    private static JsonElement WithoutAttributes(JsonElement record)
    {
        var node = JsonNode.Parse(record.GetRawText());
        Strip(node);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("attributes");
            foreach (var (_, child) in obj)
            {
                Strip(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Strip(child);
            }
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$")]
    private static partial Regex IdPattern();
}
