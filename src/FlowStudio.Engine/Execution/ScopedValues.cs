using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// Step outputs or variables of one scope, falling back to the enclosing scope: an iteration sees
/// what ran before its for-each, and what it sets stays its own.
/// </summary>
internal sealed class ScopedValues(ScopedValues? parent) : IReadOnlyDictionary<string, JsonElement>
{
    private readonly Dictionary<string, JsonElement> _own = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in this)
            {
                count++;
            }

            return count;
        }
    }

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<JsonElement> Values => this.Select(p => p.Value);

    public JsonElement this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public void Set(string key, JsonElement value) => _own[key] = value;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._own.TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            foreach (var pair in scope._own)
            {
                if (seen.Add(pair.Key))
                {
                    yield return pair;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ScopedValues? Parent => parent;
}
