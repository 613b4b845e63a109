namespace FlowStudio.Connectors.Runtime;

/// <summary>Finds a stored connection by id and decrypts its secrets (implemented by Infrastructure).</summary>
public interface IConnectionResolver
{
    /// <summary>Null when no connection has this id.</summary>
    Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken);
}
