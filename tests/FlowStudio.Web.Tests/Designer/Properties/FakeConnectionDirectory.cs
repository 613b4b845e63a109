using FlowStudio.Core.Connections;

namespace FlowStudio.Web.Tests.Designer.Properties;

/// <summary>Stands in for the connections feature, which another part of the app implements.</summary>
internal sealed class FakeConnectionDirectory : IConnectionDirectory
{
    public List<string?> Queries { get; } = [];

    private static readonly ConnectionSummary[] All =
    [
        new("conn-zoho", "Zoho Books (EU)", "zoho-books", IsSandbox: false),
        new("conn-zoho-sandbox", "Zoho demo org", "zoho-books", IsSandbox: true),
        new("conn-stripe", "Stripe live", "stripe", IsSandbox: false),
    ];

    public Task<IReadOnlyList<ConnectionSummary>> ListAsync(string? connector, CancellationToken cancellationToken)
    {
        Queries.Add(connector);
        return Task.FromResult<IReadOnlyList<ConnectionSummary>>([.. All.Where(c => connector is null || c.Connector == connector)]);
    }
}
