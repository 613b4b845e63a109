using System.Security.Cryptography;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>Runs the connector's own test against a stored connection and records the outcome on it.</summary>
public sealed partial class ConnectionTester(
    ConnectionStore store, IConnectionResolver resolver, ILogger<ConnectionTester> logger)
{
    public async Task<ConnectionCommandResult> TestAsync(string id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ResolvedConnection? connection;
        try
        {
            connection = await resolver.ResolveAsync(id, cancellationToken);
        }
        catch (CryptographicException)
        {
            LogUndecryptable(logger, id);
            return await store.RecordTestAsync(id, ConnectionTestResult.Failure(
                "The stored secrets cannot be decrypted (the key that protected them is gone); rotate the secrets."), actor, cancellationToken);
        }

        if (connection is null)
        {
            return ConnectionCommandResult.NotFound(id);
        }

        if (store.FindModule(connection.Connector) is not { } module)
        {
            return ConnectionCommandResult.Invalid([$"Connector: '{connection.Connector}' is not available on this server."]);
        }

        ConnectionTestResult result;
        try
        {
            result = await module.TestAsync(connection, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A module should answer with a failed result; if it throws, say so without the exception's text,
            // which may quote a request. The type is enough for support, the log has the connection id.
            LogTestThrew(logger, id, e.GetType().Name);
            result = ConnectionTestResult.Failure($"The {module.DisplayName} test stopped with an unexpected {e.GetType().Name}.");
        }

        return await store.RecordTestAsync(id, result, actor, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connection {ConnectionId}: its secrets cannot be decrypted.")]
    private static partial void LogUndecryptable(ILogger logger, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId}: the connector test threw {ExceptionType}.")]
    private static partial void LogTestThrew(ILogger logger, string connectionId, string exceptionType);
}
