namespace FlowStudio.Core.Connections;

/// <summary>Lists stored connections for pickers (designer, validation); secrets never leave the store this way.</summary>
public interface IConnectionDirectory
{
    /// <summary>Connections of <paramref name="connector"/> (e.g. <c>zoho-books</c>), or all when null, by name.</summary>
    Task<IReadOnlyList<ConnectionSummary>> ListAsync(string? connector, CancellationToken cancellationToken);
}
