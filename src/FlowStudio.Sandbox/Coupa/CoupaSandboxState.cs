using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// The demo instance's suppliers as Coupa's JSON (hyphenated keys), over the sandbox's document store. Times are written
/// in the instance's zone (-08:00), as Coupa does, so clients must compare them as instants.
/// </summary>
public sealed class CoupaSandboxState(IOptions<CoupaSandboxOptions> options, TimeProvider time) : IDisposable
{
    public const string Suppliers = "suppliers";

    public static readonly TimeSpan InstanceOffset = TimeSpan.FromHours(-8);

    private readonly SemaphoreSlim attributesGate = new(1, 1);
    private IReadOnlySet<string>? attributes;

    public SandboxDocumentStore Store { get; } = new(options.Value.DatabasePath);

    public DateTimeOffset Now => time.GetUtcNow();

    public static string Iso(DateTimeOffset at) => at.ToOffset(InstanceOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (await Store.EnsureCreatedAsync(cancellationToken))
        {
            await SeedAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await Store.ClearAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    /// <summary>Attribute names a query may use (those of a seeded supplier).</summary>
    public async Task<IReadOnlySet<string>> AttributesAsync(CancellationToken cancellationToken)
    {
        if (attributes is not null)
        {
            return attributes;
        }

        await attributesGate.WaitAsync(cancellationToken);
        try
        {
            return attributes ??= new HashSet<string>(CoupaDemoSuppliers.Build(0, DateTimeOffset.UnixEpoch).Select(p => p.Key), StringComparer.Ordinal);
        }
        finally
        {
            attributesGate.Release();
        }
    }

    public async Task<JsonObject?> GetAsync(long id, CancellationToken cancellationToken) =>
        await Store.GetAsync(Suppliers, id.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>Saves <paramref name="supplier"/> with <c>updated-at</c> moved to now.</summary>
    public async Task<JsonObject> SaveAsync(JsonObject supplier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        supplier["updated-at"] = Iso(Now);
        await Store.PutAsync(Suppliers, supplier["id"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture), supplier, cancellationToken);
        return supplier;
    }

    public void Dispose()
    {
        Store.Dispose();
        attributesGate.Dispose();
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, InstanceOffset);
        for (var i = 0; i < CoupaSandboxDemo.SupplierCount; i++)
        {
            var supplier = CoupaDemoSuppliers.Build(i, start);
            await Store.PutAsync(Suppliers, supplier["id"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture), supplier, cancellationToken);
        }
    }
}
