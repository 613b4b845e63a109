using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Connections;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>Checks entered values against the connector's declared <see cref="IConnectorModule.ConnectionFields"/>.</summary>
internal static class ConnectionFieldValidator
{
    public const int MaxNameLength = 200;
    public const int MaxValueLength = 8000;

    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Name: a connection needs a name."
        : name.Trim().Length > MaxNameLength ? $"Name: at most {MaxNameLength} characters."
        : null;

    /// <summary>Problems with non-secret settings; <paramref name="complete"/> requires every required setting.</summary>
    public static List<string> CheckSettings(IConnectorModule module, IReadOnlyDictionary<string, string> settings, bool complete)
    {
        var errors = new List<string>();
        foreach (var (key, value) in settings)
        {
            var field = module.ConnectionFields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                errors.Add($"{key}: {module.DisplayName} has no such field.");
            }
            else if (field.IsSecret)
            {
                errors.Add($"{field.Label}: is a secret; it is set with the secrets, never as a plain setting.");
            }
            else if (ValueProblem(field, value) is { } problem)
            {
                errors.Add(problem);
            }
        }

        if (complete)
        {
            errors.AddRange(module.ConnectionFields
                .Where(f => !f.IsSecret && f.Required && !HasValue(settings, f.Key))
                .Select(f => $"{f.Label}: required."));
        }

        return errors;
    }

    /// <summary>Problems with secrets; <paramref name="complete"/> requires every required secret.</summary>
    public static List<string> CheckSecrets(IConnectorModule module, IReadOnlyDictionary<string, string> secrets, bool complete)
    {
        var errors = new List<string>();
        foreach (var (key, value) in secrets)
        {
            var field = module.ConnectionFields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                errors.Add($"{key}: {module.DisplayName} has no such field.");
            }
            else if (!field.IsSecret)
            {
                errors.Add($"{field.Label}: is not a secret; change it with the settings.");
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{field.Label}: empty; leave it out to keep the current value.");
            }
            else if (value.Length > MaxValueLength)
            {
                errors.Add($"{field.Label}: at most {MaxValueLength} characters.");
            }
        }

        if (complete)
        {
            errors.AddRange(module.ConnectionFields
                .Where(f => f.IsSecret && f.Required && !HasValue(secrets, f.Key))
                .Select(f => $"{f.Label}: required."));
        }

        return errors;
    }

    /// <summary>Trims values and drops empty optional ones, so "" never overrides a default.</summary>
    public static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string> values) =>
        values.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key.Trim(), p => p.Value.Trim(), StringComparer.Ordinal);

    private static string? ValueProblem(ConnectionFieldDescriptor field, string value)
    {
        if (value.Length > MaxValueLength)
        {
            return $"{field.Label}: at most {MaxValueLength} characters.";
        }

        if (!field.Options.IsDefaultOrEmpty && !string.IsNullOrWhiteSpace(value)
            && !field.Options.Any(o => string.Equals(o.Key, value, StringComparison.Ordinal)))
        {
            return $"{field.Label}: '{value}' is not one of {string.Join(", ", field.Options.Select(o => o.Key))}.";
        }

        return field.TypeProblem(value);
    }

    private static bool HasValue(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value);
}
