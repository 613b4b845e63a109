using System.Collections.Concurrent;
using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Reads a hook's signing secrets (current, and previous while rotating) from its connection, kept in
/// memory for <see cref="TriggersOptions.CacheDuration"/> so a delivery does not decrypt a connection.
/// </summary>
internal sealed class WebhookSecrets(IServiceProvider services, TriggersOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (SecretLookup Lookup, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<SecretLookup> GetAsync(string? connectionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionId))
        {
            return SecretLookup.Missing("No signing-secret connection is chosen for this hook.");
        }

        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(connectionId, out var cached) && cached.Until > now)
        {
            return cached.Lookup;
        }

        var lookup = await LoadAsync(connectionId, cancellationToken).ConfigureAwait(false);
        _cache[connectionId] = (lookup, now + options.CacheDuration);
        return lookup;
    }

    public void Clear() => _cache.Clear();

    private async Task<SecretLookup> LoadAsync(string connectionId, CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(IConnectionResolver)) is not IConnectionResolver resolver)
        {
            return SecretLookup.Missing("Connections are not available on this server, so no signing secret can be read.");
        }

        var connection = await resolver.ResolveAsync(connectionId, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return SecretLookup.Missing($"Connection '{connectionId}' does not exist (deleted or never created).");
        }

        var secrets = new[] { connection.Secret(WebhookSecretKeys.SigningSecret), connection.Secret(WebhookSecretKeys.PreviousSigningSecret) }
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToArray();
        return secrets.Length == 0
            ? SecretLookup.Missing($"Connection '{connection.Name}' holds no webhook signing secret.")
            : new SecretLookup(secrets, null);
    }
}
