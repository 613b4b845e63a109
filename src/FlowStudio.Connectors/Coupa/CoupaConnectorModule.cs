using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// Coupa (procurement) on the connector contract. The supplier list returns <c>{"suppliers":[…],"count","has_more","stream"}</c>
/// with Coupa's own records, so the poll trigger reads <c>id</c> and <c>updated-at</c>; a for-each over <c>stream</c>
/// follows the offsets to the end. An empty <c>updated_after</c> (a first poll's <c>{watermark}</c>) is no filter.
/// </summary>
public sealed class CoupaConnectorModule(CoupaClientFactory clients) : IStreamingConnectorModule
{
    public string Connector => CoupaConnectionSettings.Connector;

    public string DisplayName => "Coupa";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.Storefront";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => CoupaOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(CoupaConnectionSettings.InstanceUrl, "Instance URL") { HelpText = "Your Coupa address, e.g. https://acme.coupahost.com." },
        new(CoupaConnectionSettings.ClientId, "OAuth client id")
        {
            Required = false,
            HelpText = "A client-credentials client (Setup › Integrations › OAuth2/OpenID Connect Clients); preferred over an API key.",
        },
        new(CoupaConnectionSettings.ClientSecret, "OAuth client secret") { IsSecret = true, Required = false },
        new(CoupaConnectionSettings.Scopes, "Scopes") { Required = false, DefaultValue = CoupaConnectionSettings.DefaultScopes },
        new(CoupaConnectionSettings.ApiKey, "API key") { IsSecret = true, Required = false, HelpText = "Legacy X-COUPA-API-KEY; used only when no OAuth client is given." },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation.StartsWith(Connector + ".", StringComparison.Ordinal) ? request.Operation[(Connector.Length + 1)..] : string.Empty;
        if (operation is not (CoupaOperations.ListSuppliers or CoupaOperations.GetSupplier or CoupaOperations.MarkSupplierExported))
        {
            return CallResult.Failed(StepError.Permanent($"Coupa has no operation '{request.Operation}'.", "connector.unknown_operation"));
        }

        var input = new ConnectorInput(request.Input, request.Operation);
        try
        {
            if (request.Input.ValueKind != JsonValueKind.Object)
            {
                throw new ConnectorInputException($"{request.Operation}: the step's input must be an object.");
            }

            return operation switch
            {
                CoupaOperations.ListSuppliers => CallResult.Success(await ListAsync(connection, input, request.Operation, cancellationToken)),
                CoupaOperations.GetSupplier => CallResult.Success(await Client(connection).GetSupplierAsync(SupplierId(input, request.Operation), cancellationToken)),
                _ => CallResult.Success(await Client(connection).MarkSupplierExportedAsync(SupplierId(input, request.Operation), cancellationToken)),
            };
        }
        catch (Exception ex) when (ConnectorResults.Failure(ex, DisplayName) is { } failure)
        {
            return failure;
        }
    }

    public bool CanStream(string operationKey) => operationKey == $"{Connector}.{CoupaOperations.ListSuppliers}";

    public async IAsyncEnumerable<JsonElement> StreamAsync(string operationKey, JsonElement input, ResolvedConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        CoupaClient client;
        CoupaSupplierFilter filter;
        int offset;
        try
        {
            var read = new ConnectorInput(input, operationKey);
            filter = Filter(read, operationKey);
            offset = read.WholeNumber("offset", 0, int.MaxValue) ?? 0;
            client = Client(connection);
        }
        catch (Exception ex) when (ConnectorResults.Failure(ex, DisplayName) is { } failure)
        {
            throw new ConnectorStreamException(failure.Failure!, ex);
        }

        await using var suppliers = client.ListSuppliersAsync(filter, offset, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await suppliers.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (CoupaException ex)
            {
                throw new ConnectorStreamException(ConnectorResults.Failure(ex, DisplayName)!.Failure!, ex);
            }

            yield return suppliers.Current;
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var settings = CoupaConnectionSettings.ToConnection(connection);
            await clients.Create(settings).ListSuppliersPageAsync(new CoupaSupplierFilter(), 0, 1, cancellationToken);
            return ConnectionTestResult.Success($"Connected to Coupa at {settings.BaseUrl.Host} ({(settings.UsesOAuth ? "OAuth client" : "API key")}); suppliers can be read.");
        }
        catch (CoupaException ex)
        {
            return ConnectionTestResult.Failure(ex.HttpStatus is 401 or 403 && ex.ErrorCode is "unauthorized" or "forbidden"
                ? $"Coupa refused the credentials ({ex.Message})."
                : ex.Message);
        }
        catch (ConnectorConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    /// <summary>At most <c>limit</c> suppliers from <c>offset</c>, reading one more to tell whether more matched.</summary>
    private async Task<JsonElement> ListAsync(ResolvedConnection connection, ConnectorInput input, string operation, CancellationToken cancellationToken)
    {
        var filter = Filter(input, operation);
        var limit = input.WholeNumber("limit", 1, CoupaOperations.MaxLimit) ?? CoupaOperations.DefaultLimit;
        var offset = input.WholeNumber("offset", 0, int.MaxValue) ?? 0;
        var client = Client(connection);
        var suppliers = new List<JsonElement>(limit + 1);
        while (suppliers.Count <= limit)
        {
            var wanted = Math.Min(client.PageSize, limit + 1 - suppliers.Count);
            var page = await client.ListSuppliersPageAsync(filter, offset + suppliers.Count, wanted, cancellationToken);
            suppliers.AddRange(page);
            if (page.Count < wanted)
            {
                break;
            }
        }

        var streamInput = new JsonObject
        {
            ["status"] = filter.Status,
            ["name_contains"] = filter.NameContains,
            ["updated_after"] = filter.UpdatedAfter?.ToString("O", CultureInfo.InvariantCulture),
            ["updated_before"] = filter.UpdatedBefore?.ToString("O", CultureInfo.InvariantCulture),
            ["exported"] = filter.Exported is { } exported ? (exported ? "true" : "false") : null,
            ["offset"] = offset,
        };
        var output = new JsonObject
        {
            ["suppliers"] = new JsonArray([.. suppliers.Take(limit).Select(s => JsonNode.Parse(s.GetRawText()))]),
            ["count"] = Math.Min(limit, suppliers.Count),
            ["has_more"] = suppliers.Count > limit,
            ["stream"] = JsonNode.Parse(new ConnectorStreamHandle(connection.Id, $"{Connector}.{CoupaOperations.ListSuppliers}", JsonSerializer.SerializeToElement(streamInput)).ToJson().GetRawText()),
        };
        return JsonSerializer.SerializeToElement(output);
    }

    private CoupaClient Client(ResolvedConnection connection) => clients.Create(CoupaConnectionSettings.ToConnection(connection));

    private static CoupaSupplierFilter Filter(ConnectorInput input, string operation)
    {
        var status = input.Text("status")?.ToLowerInvariant();
        if (status is not null && !CoupaOperations.Statuses.Contains(status))
        {
            throw new ConnectorInputException($"{operation}: input 'status' must be one of {string.Join(", ", CoupaOperations.Statuses)}; it is '{status}'.");
        }

        return new CoupaSupplierFilter(
            status,
            input.Text("name_contains"),
            Instant(input, "updated_after", operation),
            Instant(input, "updated_before", operation),
            input.Text("exported") is null ? null : input.Flag("exported"));
    }

    /// <summary>Empty text is no filter: a poll's first <c>{watermark}</c> is substituted as "".</summary>
    private static DateTimeOffset? Instant(ConnectorInput input, string key, string operation) =>
        input.Text(key) is not { } text
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new ConnectorInputException($"{operation}: input '{key}' must be an ISO 8601 date-time such as 2025-01-10T08:00:00Z; it is '{text}'.");

    private static long SupplierId(ConnectorInput input, string operation)
    {
        var text = input.RequiredText("id");
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ConnectorInputException($"{operation}: input 'id' must be Coupa's numeric supplier id, e.g. 4021; it is '{text}'.");
    }
}
