namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>A spreadsheet of the sandbox account, with its sheets (tabs).</summary>
public sealed class SandboxSpreadsheet
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<SandboxSheet> Sheets { get; set; } = [];
}
