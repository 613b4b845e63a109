namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>What is wrong with an input, at most one problem per field path, in the order found.</summary>
internal sealed class InputProblems
{
    private readonly List<string> messages = [];
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);

    public bool Any => messages.Count > 0;

    public IReadOnlyList<string> Messages => messages;

    public bool Has(string path) => paths.Contains(path);

    public void Add(string path, string problem)
    {
        if (paths.Add(path))
        {
            messages.Add($"'{path}' {problem}");
        }
    }
}
