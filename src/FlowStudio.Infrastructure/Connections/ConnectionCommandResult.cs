namespace FlowStudio.Infrastructure.Connections;

public enum ConnectionCommandStatus
{
    Succeeded,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>Outcome of a connection command. On anything but success nothing was changed; <see cref="Errors"/> say what and where.</summary>
public sealed record ConnectionCommandResult(
    ConnectionCommandStatus Status, ConnectionDetails? Connection, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Status == ConnectionCommandStatus.Succeeded;

    public string Message => string.Join(" ", Errors);

    public static ConnectionCommandResult Success(ConnectionDetails connection) => new(ConnectionCommandStatus.Succeeded, connection, []);

    public static ConnectionCommandResult NotFound(string id) => new(ConnectionCommandStatus.NotFound, null, [$"No connection with id '{id}'."]);

    public static ConnectionCommandResult Invalid(IReadOnlyList<string> errors) => new(ConnectionCommandStatus.Invalid, null, errors);

    public static ConnectionCommandResult Conflict(string message) => new(ConnectionCommandStatus.Conflict, null, [message]);
}
