namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoAddress
{
    public string? Attention { get; init; }

    public string? Address { get; init; }

    public string? Street2 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string? Country { get; init; }

    public string? Phone { get; init; }
}
