using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Invocation;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// Zoho Books as a connector: every operation of <see cref="ZohoBooksOperations"/> run through the typed client
/// against a stored connection. Inputs are checked before anything is sent; creates honour the step's
/// idempotency key as declared; lists return at most <c>limit</c> records plus a stream handle for a for-each.
/// </summary>
public sealed class ZohoBooksModule(ZohoBooksClientFactory clients, ZohoDataCenterCatalog? dataCenters = null) : IStreamingConnectorModule
{
    private readonly ZohoDataCenterCatalog dataCenters = dataCenters ?? ZohoDataCenterCatalog.BuiltIn;

    public string Connector => ZohoBooksOperations.Connector;

    public string DisplayName => "Zoho Books";

    public string Category => "Zoho Books";

    public string Icon => "Icons.Material.Filled.MenuBook";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => ZohoBooksOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } = ZohoBooksConnectionFields.For(dataCenters ?? ZohoDataCenterCatalog.BuiltIn);

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        if (ZohoBooksOperations.Find(request.Operation) is not { } operation || ZohoOperationHandlers.Find(request.Operation) is not { } handler)
        {
            return CallResult.Failed(StepError.Permanent($"Zoho Books has no operation '{request.Operation}'.", "connector.unknown_operation"));
        }

        var input = new ZohoInput(operation, request.Input);
        try
        {
            var call = new ZohoCall(CreateClient(connection), input, request.IdempotencyKey, cancellationToken);
            var output = handler.Send is { } send
                ? await send(call)
                : await FirstPageAsync(operation, handler, call, connection, cancellationToken);
            return CallResult.Success(output);
        }
        catch (ZohoInputException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "zoho.input"));
        }
        catch (ZohoConnectionException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "zoho.connection"));
        }
        catch (ZohoBooksException ex)
        {
            return CallResult.Failed(ZohoStepErrors.From(ex, operation.DisplayName));
        }
    }

    public bool CanStream(string operationKey) => ZohoOperationHandlers.Find(operationKey)?.List is not null;

    public async IAsyncEnumerable<JsonElement> StreamAsync(
        string operationKey,
        JsonElement input,
        ResolvedConnection connection,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (ZohoBooksOperations.Find(operationKey) is not { } operation || ZohoOperationHandlers.Find(operationKey)?.List is not { } list)
        {
            throw new ConnectorStreamException(StepError.Permanent($"Zoho Books cannot stream '{operationKey}'.", "connector.stream_unsupported"));
        }

        IAsyncEnumerator<JsonElement> records;
        try
        {
            records = list(new ZohoCall(CreateClient(connection), new ZohoInput(operation, input), string.Empty, cancellationToken))
                .GetAsyncEnumerator(cancellationToken);
        }
        catch (ZohoInputException ex)
        {
            throw new ConnectorStreamException(StepError.Permanent(ex.Message, "zoho.input"), ex);
        }
        catch (ZohoConnectionException ex)
        {
            throw new ConnectorStreamException(StepError.Permanent(ex.Message, "zoho.connection"), ex);
        }

        await using (records)
        {
            while (true)
            {
                try
                {
                    if (!await records.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (ZohoBooksException ex)
                {
                    throw new ConnectorStreamException(ZohoStepErrors.From(ex, operation.DisplayName), ex);
                }

                yield return records.Current;
            }
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var client = CreateClient(connection);
            var organizations = await client.ListOrganizationsAsync(cancellationToken);
            var organization = organizations.FirstOrDefault(o => o.OrganizationId == client.OrganizationId);
            if (organization is null)
            {
                var reachable = organizations.Count == 0
                    ? "none"
                    : string.Join(", ", organizations.Select(o => $"{o.Name} ({o.OrganizationId})"));
                return ConnectionTestResult.Failure(
                    $"Signed in to Zoho, but organisation {client.OrganizationId} is not one of this user's organisations. Organisations reachable: {reachable}.");
            }

            return ConnectionTestResult.Success($"Connected to {organization.Name} (organisation {organization.OrganizationId})");
        }
        catch (ZohoConnectionException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
        catch (ZohoBooksAuthenticationException ex)
        {
            return ConnectionTestResult.Failure("Zoho refused the connection: " + ZohoStepErrors.Explain(ex));
        }
        catch (ZohoBooksException ex)
        {
            return ConnectionTestResult.Failure($"Zoho Books could not be reached or answered unexpectedly: {ex.Message}");
        }
    }

    /// <summary>At most <c>limit</c> records; one more is read only to tell whether more exist.</summary>
    private static async Task<JsonElement> FirstPageAsync(
        ConnectorOperationDescriptor operation,
        ZohoOperationHandler handler,
        ZohoCall call,
        ResolvedConnection connection,
        CancellationToken cancellationToken)
    {
        var limit = call.Input.Integer("limit") ?? ZohoBooksOperations.DefaultListLimit;
        var records = new List<JsonElement>();
        var hasMore = false;
        await using (var enumerator = handler.List!(call).GetAsyncEnumerator(cancellationToken))
        {
            while (await enumerator.MoveNextAsync())
            {
                if (records.Count == limit)
                {
                    hasMore = true;
                    break;
                }

                records.Add(enumerator.Current);
            }
        }

        var stream = new ConnectorStreamHandle(connection.Id, operation.Key, call.Input.Without("limit"));
        return ZohoOutput.List(operation.Output!.Entity, records, hasMore, stream.ToJson());
    }

    /// <exception cref="ZohoConnectionException">The stored connection lacks a setting or secret.</exception>
    private ZohoBooksClient CreateClient(ResolvedConnection connection)
    {
        if (!string.Equals(connection.Connector, Connector, StringComparison.Ordinal))
        {
            throw new ZohoConnectionException($"{connection} is not a Zoho Books connection.");
        }

        try
        {
            return clients.Create(ZohoBooksConnectionSettings.ToConnection(connection, dataCenters));
        }
        catch (InvalidOperationException ex)
        {
            throw new ZohoConnectionException($"Connection '{connection.Name}' cannot be used: {ex.Message}", ex);
        }
    }
}
